using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Spreadsheets.Import.Tasks;

/// <summary>
/// Tasks of the governorate's current season plan: a row with an <c>id</c> changes that task, a row without one
/// creates a task. The draft is checked by <see cref="TaskDraft.Validate"/> and copied by
/// <see cref="TaskDraftChanges"/>, as on the task form; progress (status, blocked reason, achieved) is the
/// owners' to record on the task page and is not imported. One history entry and one audit row per task, and
/// one live announcement for the whole file, as a batch from the library makes.
/// </summary>
internal sealed class TaskImporter(StormCalendar storms, StormDeadline deadline) : IImporter
{
    public ImportKind Kind => ImportKind.Tasks;

    public async Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportTable> tables, CancellationToken ct)
    {
        var plan = new ImportPlan();
        var table = tables.FirstOrDefault(t => t.Sheet == TaskSheet.Name) ?? tables.FirstOrDefault();
        var db = context.Db;
        var planId = await db.CurrentPlanIdAsync(context.GovernorateId, context.Today, ct);
        if (table is null || planId is null)
        {
            plan.Errors.Add(SheetReader.FileError(table is null ? "Import.FileEmpty" : "Validation.NoPlan"));
            return plan;
        }

        // A closed season is read-only for the import as for every other path (the one rule: ClosedSeason).
        if (await db.IsClosedAsync(planId.Value, ct))
        {
            plan.Errors.Add(SheetReader.FileError("Import.SeasonClosed"));
            return plan;
        }

        var seasonStart = await db.Plans.Where(p => p.Id == planId).Select(p => p.StartsOn).SingleAsync(ct);
        var ids = table.Rows.Select(r => int.TryParse(r["id"], out var id) ? id : 0).Where(id => id > 0).Distinct().ToList();
        var places = new TaskPlaces(
            await db.Organisations.AsNoTracking().Where(o => o.GovernorateId == context.GovernorateId).Select(o => new TaskPlaces.Place(o.Id, o.Code, o.IsActive)).ToListAsync(ct),
            await db.LocalUnits.AsNoTracking().Where(u => u.GovernorateId == context.GovernorateId).Select(u => new TaskPlaces.Place(u.Id, u.Code, u.IsActive)).ToListAsync(ct),
            storms.For(context.GovernorateCode).Select(s => s.Code).ToHashSet());
        var existing = await db.Tasks.Where(t => ids.Contains(t.Id) && t.GovernorateId == context.GovernorateId && t.PlanId == planId).ToDictionaryAsync(t => t.Id, ct);
        var rows = new TaskRows(context.GovernorateId, places, existing, code => storms.WindowOf(code, seasonStart) is { } window ? deadline.DefaultDueOn(window) : null, plan);
        var changes = table.Rows.Select(rows.Read).OfType<TaskRows.Change>().ToList();
        foreach (var change in changes) change.Task.PlanId = planId.Value;
        plan.Write = token => WriteAsync(context, changes, token);
        return plan;
    }

    private static async Task WriteAsync(ImportContext context, IReadOnlyList<TaskRows.Change> changes, CancellationToken ct)
    {
        var (db, actor, now) = (context.Db, context.Actor, context.Now);
        foreach (var (task, fields) in changes)
        {
            TaskEditingService.Stamp(task, actor, now);
            if (task.Id == 0)
            {
                task.CreatedAt = now;
                task.History.Add(TaskEditingService.Entry(actor, now, HistoryKind.Created, fields));
                db.Tasks.Add(task);
            }
            else
            {
                db.TaskHistory.Add(TaskEditingService.Entry(actor, now, HistoryKind.Edited, fields, task.Id));
            }
        }

        var created = changes.Where(c => c.Task.Id == 0).Select(c => c.Task).ToHashSet();
        await db.SaveChangesAsync(ct);
        foreach (var (task, fields) in changes)
        {
            db.Record(actor, now, created.Contains(task) ? "task.created" : "task.edited", "task", $"{task.Id}", context.GovernorateId, fields, "import");
        }

        await db.SaveChangesAsync(ct);
        await db.AnnounceAsync(new TaskChange(ChangeKind.Bulk, context.GovernorateId, null, null, null, null, null, null, null, null, null, changes.Count, actor.Name, now), ct);
    }
}
