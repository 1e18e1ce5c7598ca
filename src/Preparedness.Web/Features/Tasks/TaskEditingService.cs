using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Tasks;

/// <summary>The secretariat creates, edits and assigns tasks in its own governorate.</summary>
internal sealed class TaskEditingService(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    TimeProvider clock,
    TaskQueries queries,
    StormCalendar storms,
    StormDeadline deadline)
{
    public Task<SaveResult> CreateAsync(Actor actor, int governorateId, TaskDraft draft, CancellationToken ct = default) =>
        CreateAsync(actor, governorateId, draft, alongside: null, ct);

    /// <param name="alongside">
    /// What another feature writes with the new task, once it has its id, in the same transaction (a meeting's
    /// directive and its audit row): the task and that row exist together or not at all.
    /// </param>
    internal async Task<SaveResult> CreateAsync(Actor actor, int governorateId, TaskDraft draft, Action<PreparednessDbContext, ReadinessTask, DateTimeOffset>? alongside, CancellationToken ct)
    {
        if (!actor.CanManageTasks(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not manage tasks in governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var planId = await db.CurrentPlanIdAsync(governorateId, CairoTime.Today(clock), ct);
        if (draft.DueOn is null && planId is not null)
        {
            var seasonStart = await db.Plans.Where(p => p.Id == planId).Select(p => p.StartsOn).SingleAsync(ct);
            draft.DueOn = storms.WindowOf(draft.StormCode, seasonStart) is { } window ? deadline.DefaultDueOn(window) : null;
        }

        var errors = await ValidateAsync(db, governorateId, draft, null, ct);
        if (planId is null)
        {
            errors = [.. errors, "Validation.NoPlan"];
        }
        else if (await db.IsClosedAsync(planId.Value, ct))
        {
            errors = [.. errors, ClosedSeason.ErrorKey];
        }

        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var task = new ReadinessTask { TitleAr = "", TitleEn = "", PlanId = planId!.Value, GovernorateId = governorateId, CreatedAt = now };
        var changes = TaskDraftChanges.Apply(task, draft);
        Stamp(task, actor, now);
        task.History.Add(Entry(actor, now, HistoryKind.Created, changes));
        db.Tasks.Add(task);
        await db.SaveAndAnnounceAsync(
            () => TaskChange.For(ChangeKind.Created, task),
            ct,
            () =>
            {
                db.Record(actor, now, "task.created", "task", $"{task.Id}", governorateId, changes);
                alongside?.Invoke(db, task, now);
            });
        return SaveResult.Saved(task.Id);
    }

    public async Task<SaveResult> EditAsync(Actor actor, int taskId, TaskDraft draft, uint version, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.Tasks.SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || !actor.CanRead(task.GovernorateId))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanManageTasks(task.GovernorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not manage tasks in governorate {task.GovernorateId}");
        }

        if (await db.IsClosedAsync(task.PlanId, ct))
        {
            return SaveResult.Invalid([ClosedSeason.ErrorKey]);
        }

        if (task.Version != version)
        {
            return SaveResult.Conflict(await queries.GetAsync(actor, taskId, ct));
        }

        var errors = await ValidateAsync(db, task.GovernorateId, draft, task, ct);
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var changes = TaskDraftChanges.Apply(task, draft);
        if (changes.Count == 0)
        {
            return SaveResult.Invalid(["Validation.NothingToSave"]);
        }

        var now = clock.GetUtcNow();
        Stamp(task, actor, now);
        db.TaskHistory.Add(Entry(actor, now, HistoryKind.Edited, changes, taskId));
        db.Record(actor, now, "task.edited", "task", $"{task.Id}", task.GovernorateId, changes);
        try
        {
            await db.SaveAndAnnounceAsync(() => TaskChange.For(ChangeKind.Edited, task), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return SaveResult.Conflict(await queries.GetAsync(actor, taskId, ct));
        }

        return SaveResult.Saved(task.Id);
    }

    /// <summary>The named storms a task of the governorate can be tied to, dated in its current season.</summary>
    public async Task<IReadOnlyList<StormWindow>> StormChoicesAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        if (!actor.CanListRecords(governorateId))
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var governorate = await db.Governorates.Where(g => g.Id == governorateId).Select(g => g.Code).SingleAsync(ct);
        var planId = await db.CurrentPlanIdAsync(governorateId, CairoTime.Today(clock), ct);
        var seasonStart = await db.Plans.Where(p => p.Id == planId).Select(p => (DateOnly?)p.StartsOn).SingleOrDefaultAsync(ct);
        return seasonStart is null ? [] : [.. storms.For(governorate).Select(s => StormCalendar.Window(s, seasonStart.Value)).OrderBy(w => w.ExpectedOn)];
    }

    /// <summary>
    /// The organisation, unit and storm must be the governorate's own: a forged id from another one is refused.
    /// A deactivated organisation or unit takes no new work, but a task already theirs keeps them.
    /// </summary>
    internal async Task<IReadOnlyList<string>> ValidateAsync(PreparednessDbContext db, int governorateId, TaskDraft draft, ReadinessTask? current, CancellationToken ct)
    {
        var errors = draft.Validate().ToList();
        var (keptOrganisation, keptUnit) = (current?.OrganisationId, current?.LocalUnitId);
        if (draft.OrganisationId is { } organisationId
            && !await db.Organisations.AnyAsync(o => o.Id == organisationId && o.GovernorateId == governorateId && (o.IsActive || o.Id == keptOrganisation), ct))
        {
            errors.Add("Validation.OrganisationInvalid");
        }

        if (draft.LocalUnitId is { } unitId
            && !await db.LocalUnits.AnyAsync(u => u.Id == unitId && u.GovernorateId == governorateId && (u.IsActive || u.Id == keptUnit), ct))
        {
            errors.Add("Validation.LocalUnitInvalid");
        }

        if (TaskDraftChanges.Blank(draft.StormCode) is { } stormCode)
        {
            var governorateCode = await db.Governorates.Where(g => g.Id == governorateId).Select(g => g.Code).SingleAsync(ct);
            if (storms.For(governorateCode).All(s => s.Code != stormCode))
            {
                errors.Add("Validation.StormInvalid");
            }
        }

        return errors.Distinct().ToList();
    }

    internal static void Stamp(ReadinessTask task, Actor actor, DateTimeOffset now)
    {
        task.LastUpdatedAt = now;
        task.LastUpdatedById = actor.UserId;
        task.LastUpdatedByName = actor.Name;
        task.RefreshSearchText();
    }

    internal static TaskHistoryEntry Entry(Actor actor, DateTimeOffset now, HistoryKind kind, List<FieldChange> changes, int taskId = 0) => new()
    {
        TaskId = taskId,
        At = now,
        UserId = actor.UserId,
        UserName = actor.Name,
        Kind = kind,
        Changes = changes,
    };
}

internal static class TaskDraftChanges
{
    /// <summary>Copies the draft onto the task and returns what changed, for the history.</summary>
    public static List<FieldChange> Apply(ReadinessTask task, TaskDraft draft)
    {
        var changes = new List<FieldChange>();
        void Track<T>(string field, T from, T to, Action<T> set)
        {
            if (!EqualityComparer<T>.Default.Equals(from, to))
            {
                changes.Add(new FieldChange { Field = field, From = Text(from), To = Text(to) });
                set(to);
            }
        }

        var quantity = draft.Measure == MeasureKind.Quantity;
        Track(nameof(task.TitleAr), task.TitleAr, draft.TitleAr.Trim(), v => task.TitleAr = v);
        Track(nameof(task.TitleEn), task.TitleEn, draft.TitleEn.Trim(), v => task.TitleEn = v);
        Track(nameof(task.DescriptionAr), task.DescriptionAr, Blank(draft.DescriptionAr), v => task.DescriptionAr = v);
        Track(nameof(task.DescriptionEn), task.DescriptionEn, Blank(draft.DescriptionEn), v => task.DescriptionEn = v);
        Track(nameof(task.OrganisationId), task.OrganisationId, draft.OrganisationId!.Value, v => task.OrganisationId = v);
        Track(nameof(task.LocalUnitId), task.LocalUnitId, draft.LocalUnitId, v => task.LocalUnitId = v);
        Track(nameof(task.Category), task.Category, draft.Category, v => task.Category = v);
        Track(nameof(task.Priority), task.Priority, draft.Priority, v => task.Priority = v);
        Track(nameof(task.DueOn), task.DueOn, draft.DueOn!.Value, v => task.DueOn = v);
        Track(nameof(task.StormCode), task.StormCode, Blank(draft.StormCode), v => task.StormCode = v);
        Track(nameof(task.Measure), task.Measure, draft.Measure, v => task.Measure = v);
        Track(nameof(task.Target), task.Target, quantity ? draft.Target : null, v => task.Target = v);
        Track(nameof(task.UnitAr), task.UnitAr, quantity ? Blank(draft.UnitAr) : null, v => task.UnitAr = v);
        Track(nameof(task.UnitEn), task.UnitEn, quantity ? Blank(draft.UnitEn) : null, v => task.UnitEn = v);
        return changes;
    }

    internal static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static string? Text<T>(T value) => value switch
    {
        null => null,
        DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
