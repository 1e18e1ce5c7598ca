using System.Globalization;

namespace Preparedness.Web.Features.Spreadsheets;

/// <summary>
/// How a value is written into a cell, in one place for the export and the import that will read it back:
/// codes and enum names rather than display names, ISO dates, Latin digits, and text that would start a
/// formula defused in CSV (in .xlsx it is written as a text cell, which a spreadsheet never evaluates).
/// </summary>
internal static class SheetCell
{
    private const string FormulaStarts = "=+-@\t\r";

    /// <summary>The value as an .xlsx cell: numbers stay numbers, everything else is text.</summary>
    public static object? Xlsx(object? value) => value switch
    {
        null => null,
        decimal or int or long or double => value,
        _ => Plain(value),
    };

    /// <summary>The value as a CSV field: invariant text, a would-be formula prefixed with an apostrophe.</summary>
    public static string Csv(object? value) => value switch
    {
        string text => Defuse(text),
        _ => Plain(value),
    };

    public static string Defuse(string text) =>
        text.Length > 0 && FormulaStarts.Contains(text[0], StringComparison.Ordinal) ? "'" + text : text;

    /// <summary>What the import will do to a CSV field: undo <see cref="Defuse"/>, and only that.</summary>
    public static string Restore(string text) =>
        text.Length > 1 && text[0] == '\'' && FormulaStarts.Contains(text[1], StringComparison.Ordinal) ? text[1..] : text;

    private static string Plain(object? value) => value switch
    {
        null => "",
        DateOnly date => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        decimal number => number.ToString("0.##########", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        Enum kind => kind.ToString(),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };
}
