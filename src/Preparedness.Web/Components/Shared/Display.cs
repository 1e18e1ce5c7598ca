using System.Globalization;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Components.Shared;

/// <summary>
/// Culture-aware formatting: numbers and dates in the current culture, times in Cairo. The one place that
/// decides how a figure looks: the dashboard, the lists and (through <see cref="BoardFormats"/>) the wall
/// board's script all format with it, so 42٪ on one screen is 42٪ on the others.
/// </summary>
internal static class Display
{
    private const char FirstStrongIsolate = '\u2068';
    private const char PopDirectionalIsolate = '\u2069';

    public static string Name(string arabic, string? english) => Cultures.Pick(arabic, english ?? "");

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset instant) =>
        CairoTime.ToCairo(instant).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    /// <summary>A readiness figure in whole percent (half away from zero), or a dash when there is none.</summary>
    public static string Percent(decimal? value) => value is null
        ? "—"
        : string.Format(CultureInfo.InvariantCulture, PercentPattern, Number(Math.Round(value.Value, MidpointRounding.AwayFromZero)));

    /// <summary>Where the culture puts its percent sign around the number ("{0}٪؜" in Arabic, "{0}%" in English).</summary>
    public static string PercentPattern
    {
        get
        {
            var format = CultureInfo.CurrentCulture.NumberFormat;
            return format.PercentPositivePattern switch
            {
                0 => "{0} " + format.PercentSymbol,
                1 => "{0}" + format.PercentSymbol,
                2 => format.PercentSymbol + "{0}",
                _ => format.PercentSymbol + " {0}",
            };
        }
    }

    /// <summary>What the wall board's script needs to format whole numbers and percentages as <see cref="Number"/> and <see cref="Percent"/> do.</summary>
    public static object BoardFormats => new { percent = PercentPattern, group = CultureInfo.CurrentCulture.NumberFormat.NumberGroupSeparator };

    /// <summary>
    /// Text of unknown direction (a person's name, a file name, Latin inside Arabic) kept in its own bidi
    /// run, so its neutral characters (dots, digits, brackets) do not jump to the far end of the sentence.
    /// </summary>
    public static string Isolate(string? text) => string.IsNullOrEmpty(text) ? "" : $"{FirstStrongIsolate}{text}{PopDirectionalIsolate}";
}
