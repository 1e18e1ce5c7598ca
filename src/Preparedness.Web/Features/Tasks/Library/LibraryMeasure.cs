using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>Turns a task's completion metric from the research data into the app's measure.</summary>
internal sealed partial record LibraryMeasure(MeasureKind Kind, decimal? Target, string? UnitAr, string? UnitEn)
{
    private const string Percent = "%";

    // A limit ("relay within 30 minutes") or a rate ("1 reading an hour") is met or not; counting
    // progress towards it as achieved ÷ target would call a slow warning relay "half ready".
    private static readonly HashSet<string> LimitOrRateUnits = ["minutes", "readings/hour"];

    // The data has English units only. Arabic counts above ten take the singular noun ("150 بالوعة"),
    // so the singular reads right next to a number.
    private static readonly Dictionary<string, string> ArabicUnits = new(StringComparer.OrdinalIgnoreCase)
    {
        [Percent] = "٪",
        ["areas"] = "منطقة",
        ["assets"] = "أصل",
        ["bakeries"] = "مخبز",
        ["bodies"] = "جهة",
        ["buildings"] = "عقار",
        ["buses"] = "أتوبيس",
        ["channels"] = "مخر",
        ["days"] = "يوم",
        ["encroachments"] = "تعدٍّ",
        ["facilities"] = "منشأة",
        ["findings"] = "ملاحظة",
        ["gullies"] = "بالوعة",
        ["hospitals"] = "مستشفى",
        ["hot spots"] = "نقطة ساخنة",
        ["items"] = "بند",
        ["m"] = "متر",
        ["messages"] = "رسالة",
        ["minutes"] = "دقيقة",
        ["outfalls"] = "مصب",
        ["outlets"] = "مخرج",
        ["persons"] = "شخص",
        ["points"] = "نقطة",
        ["readings/hour"] = "قراءة/ساعة",
        ["reports"] = "تقرير",
        ["rooms"] = "غرفة",
        ["scenarios"] = "سيناريو",
        ["schools"] = "مدرسة",
        ["sections"] = "قطاع",
        ["sessions"] = "ندوة",
        ["sites"] = "موقع",
        ["sites / persons"] = "موقع / شخص",
        ["stations"] = "محطة",
        ["structures"] = "منشأة",
        ["tankers / days"] = "سيارة مياه / يوم",
        ["teams"] = "فريق",
        ["teams / vehicles"] = "فريق / مركبة",
        ["tents / m2"] = "خيمة / م²",
        ["tunnels"] = "نفق",
        ["undertakings"] = "تعهد",
        ["units"] = "وحدة",
        ["vehicles"] = "مركبة",
        ["visits"] = "زيارة",
    };

    public static LibraryMeasure From(string metricType, JsonElement exampleTarget, string unit)
    {
        var (unitAr, unitEn) = Units(metricType == "percent" ? Percent : unit);
        if (metricType == "boolean" || LimitOrRateUnits.Contains(unit))
        {
            return new LibraryMeasure(MeasureKind.DoneOrNot, null, unitAr, unitEn);
        }

        var (target, isPercent) = exampleTarget.ValueKind switch
        {
            JsonValueKind.Number => (exampleTarget.GetDecimal(), false),
            JsonValueKind.String => LeadingNumber(exampleTarget.GetString()!),
            _ => (0m, false),
        };
        if (isPercent)
        {
            (unitAr, unitEn) = Units(Percent);
        }

        return target > 0
            ? new LibraryMeasure(MeasureKind.Quantity, target, unitAr, unitEn)
            : new LibraryMeasure(MeasureKind.DoneOrNot, null, unitAr, unitEn);
    }

    /// <summary>"12/12" → 12, "7/7 (Luxor) or …" → 7, "≥15" → 15, "≥95%" → 95 %, "all" → none.</summary>
    internal static (decimal Target, bool IsPercent) LeadingNumber(string text)
    {
        var match = LeadingNumberPattern().Match(text);
        if (!match.Success)
        {
            return (0m, false);
        }

        var number = match.Groups["of"].Success ? match.Groups["of"].Value : match.Groups["n"].Value;
        var target = decimal.Parse(number.Replace(",", "", StringComparison.Ordinal), CultureInfo.InvariantCulture);
        return (target, match.Groups["pct"].Success);
    }

    /// <summary>Yes/no "units" carry nothing to count, so they are dropped.</summary>
    private static (string? Ar, string? En) Units(string unit) =>
        unit.Contains("yes/no", StringComparison.OrdinalIgnoreCase) || string.IsNullOrWhiteSpace(unit)
            ? (null, null)
            : (ArabicUnits.GetValueOrDefault(unit, unit), unit);

    // "≤" is left out on purpose: an upper bound is a limit, not an amount to reach.
    [GeneratedRegex(@"^\s*[≥~]?\s*(?<n>\d[\d,]*(?:\.\d+)?)\s*(?<pct>%)?(?:\s*/\s*(?<of>\d[\d,]*(?:\.\d+)?))?")]
    private static partial Regex LeadingNumberPattern();
}
