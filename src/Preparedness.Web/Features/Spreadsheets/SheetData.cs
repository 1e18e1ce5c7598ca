namespace Preparedness.Web.Features.Spreadsheets;

/// <summary>One sheet to write: its name, its columns' keys and title keys, and its rows as cell values.</summary>
internal sealed record SheetData(string Name, IReadOnlyList<string> Keys, IReadOnlyList<string> TitleKeys, IAsyncEnumerable<object?[]> Rows)
{
    public static SheetData Of<TRow>(string name, IReadOnlyList<SheetColumn<TRow>> columns, IAsyncEnumerable<TRow> rows) =>
        new(name, [.. columns.Select(c => c.Key)], [.. columns.Select(c => c.TitleKey)],
            rows.Select(row => columns.Select(c => c.Value(row)).ToArray()));

    public static SheetData Of<TRow>(string name, IReadOnlyList<SheetColumn<TRow>> columns, IEnumerable<TRow> rows) =>
        Of(name, columns, rows.ToAsyncEnumerable());
}
