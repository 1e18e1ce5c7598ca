using System.Globalization;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>An .xlsx cell as text: numbers and dates as the export writes them (invariant, ISO dates), trimmed.</summary>
internal static class CellText
{
    public static string Of(object? value) => value switch
    {
        null => "",
        string text => text.Trim(),
        DateTime date when date.TimeOfDay == TimeSpan.Zero => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DateTime date => date.ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture),
        double number => ((decimal)number).ToString("0.##########", CultureInfo.InvariantCulture),
        bool flag => flag ? "true" : "false",
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture).Trim(),
        _ => value.ToString()?.Trim() ?? "",
    };
}
