using System.Globalization;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.DemoData;

/// <summary>Who wrote a history entry; focal points without an account have no user id.</summary>
internal sealed record DemoAuthor(string? UserId, string Name);

/// <summary>
/// Turns a <see cref="DemoTaskState"/> into a task whose history tells how it got there: created by
/// the secretariat, moved by its owner, verified or returned by the military adviser (sometimes the
/// secretariat), with the last entry at the task's last-updated moment so that staleness adds up.
/// </summary>
internal sealed class DemoTaskWriter(DateTimeOffset now, DateTimeOffset createdAt, DemoAuthor secretariat, DemoAuthor adviser, Random random)
{
    private sealed record Step(DemoAuthor Author, List<FieldChange> Changes, string? Note);

    public ReadinessTask Write(DemoTaskState state, SeasonPlan plan, DemoAuthor owner)
    {
        var draft = state.Draft;
        var quantity = draft.Measure == MeasureKind.Quantity;
        var task = new ReadinessTask
        {
            PlanId = plan.Id,
            GovernorateId = plan.GovernorateId,
            OrganisationId = draft.Owner.Id,
            LocalUnitId = draft.Unit?.Id,
            LibraryCode = draft.Library.Code,
            TitleAr = draft.Library.TitleAr,
            TitleEn = draft.Library.TitleEn,
            DescriptionAr = draft.Library.DescriptionAr,
            DescriptionEn = draft.Library.DescriptionEn,
            Category = draft.Library.Category,
            Priority = draft.Library.SuggestedPriority,
            DueOn = state.DueOn,
            StormCode = state.StormCode,
            Measure = draft.Measure,
            Target = quantity ? draft.Target : null,
            UnitAr = quantity ? draft.UnitAr : null,
            UnitEn = quantity ? draft.UnitEn : null,
            CreatedAt = createdAt,
        };
        task.History.Add(new TaskHistoryEntry
        {
            At = createdAt,
            UserId = secretariat.UserId,
            UserName = secretariat.Name,
            Kind = HistoryKind.Created,
            Note = DemoPhrases.Created,
        });

        var steps = Steps(state, task, owner);
        var lastAt = LastUpdate(state.UpdatedDaysAgo);
        foreach (var (step, at) in steps.Zip(Timeline(steps.Count, lastAt)))
        {
            task.History.Add(new TaskHistoryEntry
            {
                At = at,
                UserId = step.Author.UserId,
                UserName = step.Author.Name,
                Kind = HistoryKind.Progress,
                Changes = step.Changes,
                Note = step.Note,
            });
        }

        var last = steps[^1];
        task.Status = state.Status;
        task.Achieved = quantity ? state.Achieved : 0;
        task.BlockedReason = state.Status == TaskStatus.Blocked ? last.Note : null;
        task.LatestNote = last.Note;
        task.LastUpdatedAt = lastAt;
        task.LastUpdatedById = last.Author.UserId;
        task.LastUpdatedByName = last.Author.Name;
        task.RefreshSearchText();
        return task;
    }

    private List<Step> Steps(DemoTaskState state, ReadinessTask task, DemoAuthor owner)
    {
        var steps = new List<Step>();
        var status = TaskStatus.NotStarted;
        var achieved = 0m;
        var target = task.Target ?? 0;

        void Move(DemoAuthor author, TaskStatus to, decimal toAchieved, string note, string? blockedReason = null)
        {
            var changes = new List<FieldChange>();
            if (to != status)
            {
                changes.Add(new FieldChange { Field = "Status", From = status.ToString(), To = to.ToString() });
            }

            if (task.Measure == MeasureKind.Quantity && toAchieved != achieved)
            {
                changes.Add(new FieldChange { Field = "Achieved", From = Invariant(achieved), To = Invariant(toAchieved) });
            }

            if (blockedReason is not null)
            {
                changes.Add(new FieldChange { Field = "BlockedReason", From = null, To = blockedReason });
            }

            steps.Add(new Step(author, changes, note));
            (status, achieved) = (to, toAchieved);
        }

        if (state.Status == TaskStatus.NotStarted)
        {
            Move(owner, TaskStatus.NotStarted, 0, random.Pick(DemoPhrases.Preparing));
            return steps;
        }

        var reached = state.IsFinished || state.Status == TaskStatus.Returned ? target : state.Achieved;
        var firstReading = Math.Floor(reached / 2);
        Move(owner, TaskStatus.InProgress, firstReading, Started(firstReading, target, task.UnitAr));
        switch (state.Status)
        {
            case TaskStatus.InProgress when reached > firstReading:
                Move(owner, TaskStatus.InProgress, reached, DemoPhrases.Progress(reached, target, task.UnitAr));
                break;
            case TaskStatus.Blocked:
                var reason = state.BlockedReason ?? random.Pick(DemoPhrases.Blocked);
                Move(owner, TaskStatus.Blocked, reached, reason, reason);
                break;
            case TaskStatus.ReportedDone or TaskStatus.Verified or TaskStatus.Returned:
                Move(owner, TaskStatus.ReportedDone, target, random.Pick(DemoPhrases.ReportedDone));
                break;
        }

        if (state.Status is TaskStatus.Verified or TaskStatus.Returned)
        {
            // The military adviser verifies most reports; the secretariat clears the rest.
            var verifier = random.NextDouble() < 0.7 ? adviser : secretariat;
            var verified = state.Status == TaskStatus.Verified;
            Move(verifier, state.Status, target, random.Pick(verified ? DemoPhrases.Verified : DemoPhrases.Returned));
        }

        return steps;
    }

    /// <summary>Earlier steps fall on irregular working days between creation and the last update, in order.</summary>
    private List<DateTimeOffset> Timeline(int count, DateTimeOffset lastAt)
    {
        var instants = new List<DateTimeOffset>(count);
        var previous = createdAt;
        for (var i = 1; i < count; i++)
        {
            var share = (i - (random.NextDouble() * 0.5)) / count;
            var at = WorkingHours(createdAt + ((lastAt - createdAt) * share));
            previous = at > previous && at < lastAt ? at : previous + ((lastAt - previous) / 2);
            instants.Add(previous);
        }

        instants.Add(lastAt);
        return instants;
    }

    /// <summary>Owners report in office hours, Cairo time; today's report is never in the future.</summary>
    private DateTimeOffset LastUpdate(int daysAgo)
    {
        var at = WorkingHours(now.AddDays(-daysAgo));
        return at < now.AddMinutes(-10) ? at : now.AddMinutes(-random.Next(10, 60));
    }

    private DateTimeOffset WorkingHours(DateTimeOffset instant)
    {
        var day = CairoTime.ToCairo(instant).Date;
        var local = day.AddHours(8).AddMinutes(random.Next(0, 8 * 60));
        return new DateTimeOffset(local, CairoTime.Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    private string Started(decimal achieved, decimal target, string? unitAr) => achieved > 0
        ? DemoPhrases.Progress(achieved, target, unitAr)
        : random.Pick(DemoPhrases.Started);

    private static string Invariant(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
