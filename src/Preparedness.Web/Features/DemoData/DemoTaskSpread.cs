using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.DemoData;

/// <summary>Where a demo task stands today: when it is due, how far it got and when it was last reported.</summary>
internal sealed record DemoTaskState(
    DemoTaskDraft Draft,
    DateOnly DueOn,
    TaskStatus Status,
    decimal Achieved,
    int UpdatedDaysAgo,
    string? BlockedReason = null)
{
    public bool IsFinished => Status is TaskStatus.ReportedDone or TaskStatus.Verified;
}

/// <summary>
/// Gives a governorate's drafts due dates and statuses relative to today, so that the demo tells the
/// same story whenever it is started: about a third of the work was due already (half of it done, the
/// rest overdue), a tenth falls due this week and the rest runs to the end of the season in March.
/// The library's lead times only decide the order, because the research calendar is a year old.
/// </summary>
/// <param name="storms">The governorate's named storms; empty where there are none.</param>
internal sealed class DemoTaskSpread(DateOnly today, DateOnly planStart, IReadOnlyList<SeedStorm> storms, Random random)
{
    private const double PastShare = 0.34;
    private const double WeekShare = 0.10;

    private static readonly (TaskStatus Status, int Weight)[] PastStatuses =
    [
        (TaskStatus.Verified, 35), (TaskStatus.ReportedDone, 18), (TaskStatus.InProgress, 22),
        (TaskStatus.Blocked, 8), (TaskStatus.NotStarted, 10), (TaskStatus.Returned, 7),
    ];

    private static readonly (TaskStatus Status, int Weight)[] WeekStatuses =
    [
        (TaskStatus.NotStarted, 20), (TaskStatus.InProgress, 50), (TaskStatus.Blocked, 8),
        (TaskStatus.ReportedDone, 15), (TaskStatus.Verified, 5), (TaskStatus.Returned, 2),
    ];

    private static readonly (TaskStatus Status, int Weight)[] LaterStatuses =
    [
        (TaskStatus.NotStarted, 50), (TaskStatus.InProgress, 33), (TaskStatus.Blocked, 4),
        (TaskStatus.ReportedDone, 7), (TaskStatus.Verified, 4), (TaskStatus.Returned, 2),
    ];

    public List<DemoTaskState> Spread(IReadOnlyList<DemoTaskDraft> drafts)
    {
        // A few days of jitter mixes the councils' copies of one task across neighbouring deadlines,
        // as staggered inspection rounds do.
        var ranked = drafts
            .Select((draft, index) => (Draft: draft, Index: index, Key: NaturalDue(draft).DayNumber + random.Next(-10, 11)))
            .OrderBy(x => x.Key).ThenBy(x => x.Index)
            .Select((x, rank) => (x.Draft, x.Index, Quantile: (rank + 0.5) / drafts.Count))
            .ToList();

        return [.. ranked
            .OrderBy(x => x.Index)
            .Select(x => StateFor(x.Draft, NextStormDue(x.Draft) ?? DueAt(x.Quantile)))];
    }

    private decimal Partial(decimal target)
    {
        var share = 0.2m + (decimal)random.NextDouble() * 0.65m;
        return target < 2 ? 0 : Math.Clamp(Math.Floor(target * share), 1, target - 1);
    }

    private DateOnly NaturalDue(DemoTaskDraft draft) => draft.Library.Phase == "scheduled"
        ? planStart.AddDays(150)
        : planStart.AddDays(-draft.Library.LeadTimeDays);

    private DateOnly DueAt(double quantile)
    {
        if (quantile < PastShare)
        {
            return today.AddDays(-(1 + (int)((PastShare - quantile) / PastShare * 50)));
        }

        if (quantile < PastShare + WeekShare)
        {
            return today.AddDays((int)((quantile - PastShare) / WeekShare * 7));
        }

        var laterStart = today.AddDays(8);
        var seasonEnd = new DateOnly(planStart.Year + 1, 3, 31);
        var laterEnd = seasonEnd > today.AddDays(60) ? seasonEnd : today.AddDays(60);
        var span = laterEnd.DayNumber - laterStart.DayNumber;
        return laterStart.AddDays((int)((quantile - PastShare - WeekShare) / (1 - PastShare - WeekShare) * span));
    }

    /// <summary>Where named storms are known (Alexandria), pre-storm work keys off the next one, as its secretariat does.</summary>
    private DateOnly? NextStormDue(DemoTaskDraft draft)
    {
        if (draft.Library.Phase != "pre_storm" || storms.Count == 0)
        {
            return null;
        }

        var earliest = today.AddDays(2 + draft.Library.LeadTimeDays);
        var next = storms
            .Where(s => s.Season == "autumn_winter")
            .Select(s => StormStart(s, earliest))
            .Min();
        return next.AddDays(-draft.Library.LeadTimeDays);
    }

    private static DateOnly StormStart(SeedStorm storm, DateOnly notBefore)
    {
        var month = int.Parse(storm.ApproxStartMmdd[..2], System.Globalization.CultureInfo.InvariantCulture);
        var day = int.Parse(storm.ApproxStartMmdd[3..], System.Globalization.CultureInfo.InvariantCulture);
        var start = new DateOnly(notBefore.Year, month, day);
        return start < notBefore ? start.AddYears(1) : start;
    }

    private DemoTaskState StateFor(DemoTaskDraft draft, DateOnly due)
    {
        var statuses = due < today ? PastStatuses : due <= today.AddDays(7) ? WeekStatuses : LaterStatuses;
        var status = Pick(statuses);
        var achieved = draft.Measure != MeasureKind.Quantity || draft.Target is not { } target ? 0
            : status switch
            {
                TaskStatus.NotStarted => 0,
                TaskStatus.InProgress or TaskStatus.Blocked => Partial(target),
                _ => target,
            };
        var finished = status is TaskStatus.ReportedDone or TaskStatus.Verified;

        // One unfinished task in ten has gone quiet for longer than the 7-day stale threshold.
        var updatedDaysAgo = finished ? random.Next(1, 26)
            : random.NextDouble() < 0.10 ? random.Next(9, 21)
            : random.Next(0, 7);
        return new DemoTaskState(draft, due, status, achieved, updatedDaysAgo);
    }

    private TaskStatus Pick((TaskStatus Status, int Weight)[] weights)
    {
        var roll = random.Next(weights.Sum(w => w.Weight));
        foreach (var (status, weight) in weights)
        {
            if (roll < weight)
            {
                return status;
            }

            roll -= weight;
        }

        return weights[^1].Status;
    }
}
