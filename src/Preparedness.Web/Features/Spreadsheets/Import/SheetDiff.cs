namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>The columns whose cell would read differently: compared as the export writes them, so an exported row compares equal.</summary>
internal static class SheetDiff
{
    public static IReadOnlyList<FieldDiff> Of<TRow>(IReadOnlyList<SheetColumn<TRow>> columns, TRow before, TRow after) =>
        [.. columns
            .Select(c => new FieldDiff(c.Key, Text(c.Value(before)), Text(c.Value(after))))
            .Where(d => d.From != d.To)];

    private static string? Text(object? value) => SheetCell.Csv(value) is { Length: > 0 } text ? text : null;
}
