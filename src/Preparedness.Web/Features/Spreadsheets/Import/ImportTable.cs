namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>One sheet as read: its name, the keys of its first row, and its data rows.</summary>
internal sealed record ImportTable(string Sheet, IReadOnlyList<string> Keys, IReadOnlyList<ImportRow> Rows);

/// <summary>A data row: its number as the spreadsheet shows it, and its cells by column key (trimmed, never null).</summary>
internal sealed record ImportRow(int Number, IReadOnlyDictionary<string, string> Cells)
{
    public string this[string key] => Cells.GetValueOrDefault(key) ?? "";

    public bool IsEmpty => Cells.Values.All(v => v.Length == 0);
}
