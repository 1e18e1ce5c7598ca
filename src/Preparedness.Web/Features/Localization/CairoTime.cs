namespace Preparedness.Web.Features.Localization;

/// <summary>Times are stored in UTC and shown, and days counted, in Cairo.</summary>
internal static class CairoTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Africa/Cairo");

    public static DateTimeOffset ToCairo(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    public static DateOnly Today(TimeProvider clock) => DateOnly.FromDateTime(ToCairo(clock.GetUtcNow()).DateTime);
}
