using System.Globalization;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Components.Shared;

/// <summary>Culture-aware formatting: numbers and dates in the current culture, times in Cairo.</summary>
internal static class Display
{
    public static string Name(string arabic, string? english) => Cultures.Pick(arabic, english ?? "");

    public static string Date(DateOnly date) => date.ToString("d MMM yyyy", CultureInfo.CurrentCulture);

    public static string Time(DateTimeOffset instant) =>
        CairoTime.ToCairo(instant).ToString("d MMM yyyy HH:mm", CultureInfo.CurrentCulture);

    public static string Number(decimal value) => value.ToString("#,0.##", CultureInfo.CurrentCulture);

    public static string Percent(decimal? value) =>
        value is null ? "—" : (value.Value / 100m).ToString("P0", CultureInfo.CurrentCulture);
}
