namespace Preparedness.Web.Features.Health;

public enum SupplyState
{
    /// <summary>Never reported, or not updated within the stale window: never shown as healthy.</summary>
    NotReported,
    Low,
    Adequate,
}

/// <summary>The one place for the blood-stock arithmetic: days of supply, low, not reported.</summary>
public static class BloodSupply
{
    /// <summary>Units on hand over average daily use, to one decimal; null when nothing is used (no end in sight).</summary>
    public static decimal? DaysOfSupply(int unitsOnHand, decimal dailyUse) =>
        dailyUse > 0 ? Math.Round(unitsOnHand / dailyUse, 1, MidpointRounding.ToZero) : null;

    /// <summary>An empty shelf is low whatever the use; otherwise fewer days of supply than the threshold.</summary>
    public static bool IsLow(int unitsOnHand, decimal dailyUse, decimal thresholdDays) =>
        unitsOnHand <= 0 || (dailyUse > 0 && unitsOnHand < thresholdDays * dailyUse);

    public static bool IsStale(DateTimeOffset? updatedAt, DateTimeOffset now, int staleAfterHours) =>
        updatedAt is not { } at || at < StaleBefore(now, staleAfterHours);

    /// <summary>The instant before which a report is too old to count.</summary>
    public static DateTimeOffset StaleBefore(DateTimeOffset now, int staleAfterHours) => now - TimeSpan.FromHours(staleAfterHours);

    /// <summary>
    /// <see cref="IsStale"/> for SQL over <c>blood_stocks s</c>, with <c>@stale_before</c> from <see cref="StaleBefore"/>
    /// (StaleBloodStockReminderTests holds the two together at the boundary).
    /// </summary>
    public const string StaleSql = "(s.updated_at IS NULL OR s.updated_at < @stale_before)";

    public static SupplyState State(int unitsOnHand, decimal dailyUse, DateTimeOffset? updatedAt, DateTimeOffset now, decimal thresholdDays, int staleAfterHours) =>
        IsStale(updatedAt, now, staleAfterHours) ? SupplyState.NotReported
        : IsLow(unitsOnHand, dailyUse, thresholdDays) ? SupplyState.Low
        : SupplyState.Adequate;
}
