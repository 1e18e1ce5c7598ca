using System.Globalization;

namespace Preparedness.Web.Features.Localization;

internal static class Cultures
{
    public const string Arabic = "ar-EG";
    public const string English = "en";
    public const string Default = Arabic;

    public static readonly string[] Supported = [Arabic, English];

    public static bool IsArabic => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName == "ar";

    public static string Normalize(string? culture) =>
        Supported.FirstOrDefault(c => string.Equals(c, culture, StringComparison.OrdinalIgnoreCase)) ?? Default;

    /// <summary>Picks the Arabic or English form of a bilingual name for the current UI culture.</summary>
    public static string Pick(string arabic, string english) =>
        IsArabic || string.IsNullOrWhiteSpace(english) ? arabic : english;
}
