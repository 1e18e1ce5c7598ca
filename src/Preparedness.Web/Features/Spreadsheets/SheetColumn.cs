namespace Preparedness.Web.Features.Spreadsheets;

/// <summary>
/// One column of an exported (and, later, imported) sheet: its stable English key — the first row, what a
/// program and the import match on — and the cell's value. Its title for people is the string
/// <c>Sheet.{Key}</c> in the reader's language.
/// </summary>
internal sealed record SheetColumn<TRow>(string Key, Func<TRow, object?> Value)
{
    public string TitleKey => $"Sheet.{Key}";
}
