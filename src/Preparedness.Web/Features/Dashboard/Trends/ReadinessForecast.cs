namespace Preparedness.Web.Features.Dashboard.Trends;

public enum ForecastVerdict
{
    /// <summary>Fewer than two days of snapshots in the window: no pace yet.</summary>
    NoHistory,
    Reached,
    OnTrack,
    AtRisk,
    WillMiss,

    /// <summary>A season made before seasons had an end: a pace and a date, but nothing to judge them against.</summary>
    NoDeadline,
}

/// <param name="PacePerWeek">Points gained per week over the window (negative when readiness fell).</param>
/// <param name="ReachesOn">The day readiness reaches 100 % at that pace; null when it never does.</param>
/// <param name="NeedsPerWeek">Points a week needed from today to be at 100 % on the deadline.</param>
public sealed record Forecast(ForecastVerdict Verdict, decimal? Score, decimal? PacePerWeek, DateOnly? ReachesOn, DateOnly? Deadline, decimal? NeedsPerWeek);

/// <summary>
/// The forecast, defined once (README, "The forecast"). The pace is the straight line between the latest
/// snapshot and the earliest one at most 14 days before it; at that pace readiness reaches 100 % on
/// latest day + ⌈(100 − score) ÷ pace⌉. Projected at the deadline: on track when it reaches 100, at risk
/// when it comes within <see cref="AtRiskWithinPoints"/> points of it, else will miss.
/// </summary>
public static class ReadinessForecast
{
    public const int WindowDays = 14;
    public const decimal AtRiskWithinPoints = 10m;
    private const int HorizonDays = 3650;

    public static Forecast Of(IReadOnlyList<(DateOnly Day, decimal Score)> history, DateOnly today, DateOnly? deadline)
    {
        var points = history.Where(p => p.Day <= today).OrderBy(p => p.Day).ToList();
        if (points.Count == 0)
        {
            return new Forecast(ForecastVerdict.NoHistory, null, null, null, deadline, null);
        }

        var (lastDay, score) = points[^1];
        var remaining = Math.Max(0m, 100m - score);
        decimal? needs = deadline is { } d ? Math.Round(d > today ? remaining * 7 / (d.DayNumber - today.DayNumber) : remaining, 1) : null;
        if (remaining == 0)
        {
            return new Forecast(ForecastVerdict.Reached, score, null, lastDay, deadline, 0);
        }

        var (firstDay, firstScore) = points.First(p => p.Day.DayNumber >= lastDay.DayNumber - WindowDays);
        if (firstDay == lastDay)
        {
            return new Forecast(ForecastVerdict.NoHistory, score, null, null, deadline, needs);
        }

        var perDay = (score - firstScore) / (lastDay.DayNumber - firstDay.DayNumber);
        var daysToFull = perDay > 0 ? Math.Ceiling(remaining / perDay) : (decimal?)null;
        DateOnly? reachesOn = daysToFull <= HorizonDays ? lastDay.AddDays((int)daysToFull.Value) : null;
        return new Forecast(Verdict(score, perDay, lastDay, today, deadline), score, Math.Round(perDay * 7, 1), reachesOn, deadline, needs);
    }

    private static ForecastVerdict Verdict(decimal score, decimal perDay, DateOnly lastDay, DateOnly today, DateOnly? deadline)
    {
        if (deadline is not { } d)
        {
            return ForecastVerdict.NoDeadline;
        }

        if (d < today)
        {
            return ForecastVerdict.WillMiss;
        }

        var atDeadline = score + perDay * (d.DayNumber - lastDay.DayNumber);
        return atDeadline >= 100m ? ForecastVerdict.OnTrack
            : atDeadline >= 100m - AtRiskWithinPoints ? ForecastVerdict.AtRisk
            : ForecastVerdict.WillMiss;
    }
}
