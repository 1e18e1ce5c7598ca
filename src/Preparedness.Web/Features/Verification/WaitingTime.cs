using Microsoft.Extensions.Localization;

namespace Preparedness.Web.Features.Verification;

/// <summary>"3 days", "5 hours", with Arabic's own number agreement (1, 2, 3–10, 11 and more).</summary>
internal static class WaitingTime
{
    public static string Text(IStringLocalizer<VerificationStrings> v, TimeSpan waited) => waited switch
    {
        { TotalHours: < 1 } => v["Wait.LessThanHour"],
        { TotalDays: < 1 } => Counted(v, "Wait.Hours", (int)waited.TotalHours),
        _ => Counted(v, "Wait.Days", (int)waited.TotalDays),
    };

    private static string Counted(IStringLocalizer<VerificationStrings> v, string unit, int count) => count switch
    {
        1 => v[$"{unit}.One"],
        2 => v[$"{unit}.Two"],
        <= 10 => v[$"{unit}.Few", count],
        _ => v[$"{unit}.Many", count],
    };
}
