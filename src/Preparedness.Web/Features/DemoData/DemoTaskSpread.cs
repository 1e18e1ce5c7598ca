using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Storms;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.DemoData;

/// <summary>Where a demo task stands today: when it is due, how far it got and when it was last reported.</summary>
internal sealed record DemoTaskState(
    DemoTaskDraft Draft,
    DateOnly DueOn,
    TaskStatus Status,
    decimal Achieved,
    int UpdatedDaysAgo,
    string? BlockedReason = null,
    string? StormCode = null)
{
    public bool IsFinished => Status is TaskStatus.ReportedDone or TaskStatus.Verified;
}

/// <summary>
/// Gives a governorate's drafts due dates and statuses relative to today, so that the demo tells the
/// same story whenever it is started: some 30% of the work was due already (about half of it done, the
/// rest overdue), some 12% falls due this week and the rest runs to the end of the season in March.
/// The library's lead times only decide the order, because the research calendar is a year old.
/// </summary>
/// <param name="storms">The governorate's named storms; empty where there are none.</param>
internal sealed class DemoTaskSpread(DateOnly today, DateOnly planStart, IReadOnlyList<Storm> storms, Random random)
{
    private const double PastShare = 0.30;
    private const double WeekShare = 0.12;

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
        var dues = drafts
            .Select((draft, index) => (Draft: draft, Index: index, Key: NaturalDue(draft).DayNumber + random.Next(-10, 11)))
            .OrderBy(x => x.Key).ThenBy(x => x.Index)
            .Select((x, rank) => (x.Index, Storm: NextStorm(x.Draft), Rank: rank))
            .Select(x => (x.Index, x.Storm?.Code, Due: x.Storm?.Due ?? DueAt((x.Rank + 0.5) / drafts.Count)))
            .OrderBy(x => x.Index)
            .ToArray();

        // Statuses are dealt from a shuffled deck per bucket rather than drawn one by one, so the
        // shares hold for a governorate of a hundred tasks instead of only on average.
        var statuses = new TaskStatus[drafts.Count];
        foreach (var bucket in Enumerable.Range(0, drafts.Count).GroupBy(i => StatusesFor(dues[i].Due)))
        {
            foreach (var (index, status) in bucket.Zip(Deck(bucket.Key, bucket.Count())))
            {
                statuses[index] = status;
            }
        }

        // One unfinished task in ten has gone quiet for longer than the 7-day stale threshold.
        var unfinished = Enumerable.Range(0, drafts.Count).Where(i => !IsFinished(statuses[i])).ToArray();
        random.Shuffle(unfinished);
        var stale = unfinished.Take((int)Math.Round(unfinished.Length * 0.10)).ToHashSet();

        return [.. drafts.Select((draft, i) => StateFor(draft, dues[i].Due, statuses[i], stale.Contains(i)) with { StormCode = dues[i].Code })];
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

    /// <summary>
    /// Where named storms are known (Alexandria), pre-storm work keys off the next one, as its
    /// secretariat does, and is tied to it so that its owner is reminded before the storm window.
    /// </summary>
    private (string Code, DateOnly Due)? NextStorm(DemoTaskDraft draft)
    {
        if (draft.Library.Phase != "pre_storm" || storms.Count == 0)
        {
            return null;
        }

        // Due the library's lead before the window opens, as the app itself dates storm work, and not yet past.
        var earliest = today.AddDays(2 + StormCalendar.UncertaintyDays + draft.Library.LeadTimeDays);
        var next = storms
            .Where(s => s.IsWinterStorm)
            .Select(s => StormCalendar.Around(s, StormStart(s, earliest)))
            .MinBy(w => w.ExpectedOn)!;
        return (next.Storm.Code, StormDeadline.DueBefore(next, draft.Library.LeadTimeDays));
    }

    private static DateOnly StormStart(Storm storm, DateOnly notBefore)
    {
        var start = new DateOnly(notBefore.Year, storm.Month, storm.Day);
        return start < notBefore ? start.AddYears(1) : start;
    }

    private (TaskStatus Status, int Weight)[] StatusesFor(DateOnly due) =>
        due < today ? PastStatuses : due <= today.AddDays(7) ? WeekStatuses : LaterStatuses;

    private DemoTaskState StateFor(DemoTaskDraft draft, DateOnly due, TaskStatus status, bool stale)
    {
        var achieved = draft.Measure != MeasureKind.Quantity || draft.Target is not { } target ? 0
            : status switch
            {
                TaskStatus.NotStarted => 0,
                TaskStatus.InProgress or TaskStatus.Blocked => Partial(target),
                _ => target,
            };
        var updatedDaysAgo = IsFinished(status) ? random.Next(1, 26)
            : stale ? random.Next(9, 21)
            : random.Next(0, 7);
        return new DemoTaskState(draft, due, status, achieved, updatedDaysAgo);
    }

    /// <summary>Exactly <paramref name="count"/> statuses in the weights' proportions (largest remainder), shuffled.</summary>
    private TaskStatus[] Deck((TaskStatus Status, int Weight)[] weights, int count)
    {
        var total = weights.Sum(w => w.Weight);
        var shares = weights.Select(w => (w.Status, Exact: (double)count * w.Weight / total)).ToList();
        var counts = shares.ToDictionary(s => s.Status, s => (int)s.Exact);
        foreach (var share in shares.OrderByDescending(s => s.Exact - Math.Floor(s.Exact)).Take(count - counts.Values.Sum()))
        {
            counts[share.Status]++;
        }

        var deck = counts.SelectMany(c => Enumerable.Repeat(c.Key, c.Value)).ToArray();
        random.Shuffle(deck);
        return deck;
    }

    private static bool IsFinished(TaskStatus status) => status is TaskStatus.ReportedDone or TaskStatus.Verified;
}
