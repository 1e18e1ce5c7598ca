using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks.Library;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Tasks;

/// <summary>Library tasks × organisations (× units): one new task for each pair.</summary>
internal sealed record BulkCreateRequest(
    IReadOnlyList<string> LibraryCodes,
    IReadOnlyList<int> OrganisationIds,
    IReadOnlyList<int> LocalUnitIds,
    DateOnly? DueOn,
    TaskPriority? Priority,
    string? StormCode = null)
{
    public const int MaxTasks = 2000;
}

internal sealed class BulkCreateService(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    TimeProvider clock,
    StormCalendar storms,
    StormDeadline deadline)
{
    public async Task<(SaveResult Result, int Created)> CreateAsync(Actor actor, int governorateId, BulkCreateRequest request, CancellationToken ct = default)
    {
        if (!actor.CanManageTasks(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not manage tasks in governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var today = CairoTime.Today(clock);
        var planId = await db.CurrentPlanIdAsync(governorateId, today, ct);
        var library = (await db.CurrentLibraryAsync(governorateId, ct)).ToDictionary(i => i.Code, StringComparer.OrdinalIgnoreCase);
        var entries = request.LibraryCodes.Distinct().Select(c => library.GetValueOrDefault(c)).ToList();
        var organisations = await db.Organisations.AsNoTracking()
            .Where(o => o.GovernorateId == governorateId && o.IsActive && request.OrganisationIds.Contains(o.Id))
            .ToListAsync(ct);
        var unitIds = await db.LocalUnits
            .Where(u => u.GovernorateId == governorateId && u.IsActive && request.LocalUnitIds.Contains(u.Id))
            .Select(u => (int?)u.Id)
            .ToListAsync(ct);

        var errors = new List<string>();
        if (planId is null) errors.Add("Validation.NoPlan");
        else if (await db.IsClosedAsync(planId.Value, ct)) errors.Add(ClosedSeason.ErrorKey);
        if (entries.Count == 0 || entries.Any(e => e is null)) errors.Add("Validation.LibraryChoiceRequired");
        if (organisations.Count == 0 || organisations.Count != request.OrganisationIds.Distinct().Count()) errors.Add("Validation.OrganisationInvalid");
        if (unitIds.Count != request.LocalUnitIds.Distinct().Count()) errors.Add("Validation.LocalUnitInvalid");
        var stormCode = TaskDraftChanges.Blank(request.StormCode);
        var governorateCode = await db.Governorates.Where(g => g.Id == governorateId).Select(g => g.Code).SingleAsync(ct);
        if (stormCode is not null && storms.For(governorateCode).All(s => s.Code != stormCode)) errors.Add("Validation.StormInvalid");
        var places = unitIds.Count == 0 ? [null] : unitIds;
        if (entries.Count * organisations.Count * places.Count > BulkCreateRequest.MaxTasks) errors.Add("Validation.TooManyTasks");
        if (errors.Count > 0)
        {
            return (SaveResult.Invalid(errors), 0);
        }

        var plan = await db.Plans.SingleAsync(p => p.Id == planId, ct);
        var window = storms.WindowOf(stormCode, plan.StartsOn);
        var now = clock.GetUtcNow();
        var created = new List<(ReadinessTask Task, List<FieldChange> Changes)>();
        foreach (var entry in entries)
        {
            foreach (var organisation in organisations)
            {
                // A council works in its own unit; other bodies get one task per chosen unit.
                foreach (var unitId in organisation.LocalUnitId is { } own ? [own] : places)
                {
                    var draft = new TaskDraft
                    {
                        TitleAr = entry!.TitleAr,
                        TitleEn = entry.TitleEn,
                        DescriptionAr = entry.DescriptionAr,
                        DescriptionEn = entry.DescriptionEn,
                        OrganisationId = organisation.Id,
                        LocalUnitId = unitId,
                        Category = entry.Category,
                        Priority = request.Priority ?? entry.Priority,
                        DueOn = request.DueOn
                            ?? (window is null ? DefaultDueOn(plan.StartsOn, entry.LeadTimeDays, today) : deadline.DefaultDueOn(window, StormDeadline.StormLead(entry))),
                        StormCode = stormCode,
                        Measure = entry.Measure,
                        Target = entry.Target,
                        UnitAr = entry.UnitAr,
                        UnitEn = entry.UnitEn,
                    };
                    var task = new ReadinessTask
                    {
                        TitleAr = "", TitleEn = "", PlanId = plan.Id, GovernorateId = governorateId,
                        LibraryCode = entry.Code, LibraryItemId = entry.Id, CreatedAt = now,
                    };
                    var changes = TaskDraftChanges.Apply(task, draft);
                    TaskEditingService.Stamp(task, actor, now);
                    task.History.Add(TaskEditingService.Entry(actor, now, HistoryKind.Created, changes));
                    db.Tasks.Add(task);
                    created.Add((task, changes));
                }
            }
        }

        await db.SaveAndAnnounceAsync(
            () => new TaskChange(ChangeKind.Bulk, governorateId, null, null, null, null, null, null, null, null, null, created.Count, actor.Name, now),
            ct,
            () => created.ForEach(c => db.Record(actor, now, "task.created", "task", $"{c.Task.Id}", governorateId, c.Changes, $"library {c.Task.LibraryCode}")));
        return (SaveResult.Saved(0), created.Count);
    }

    /// <summary>The library's lead time before the season opens; if that day has passed, two weeks from today.</summary>
    internal static DateOnly DefaultDueOn(DateOnly seasonStart, int leadTimeDays, DateOnly today)
    {
        var due = seasonStart.AddDays(-leadTimeDays);
        return due < today ? today.AddDays(14) : due;
    }
}
