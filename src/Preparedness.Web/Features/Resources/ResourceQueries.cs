using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Resources;

/// <summary>Reads a governorate's resources: everyone who reads the governorate reads them.</summary>
internal sealed class ResourceQueries(IDbContextFactory<PreparednessDbContext> dbFactory, IOptions<ResourcesOptions> options, TimeProvider clock)
{
    public const int MaxStockRows = 1000;

    public async Task<ResourceFigures> FiguresAsync(Actor actor, int governorateId, int? unitId = null, CancellationToken ct = default)
    {
        Require(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var now = clock.GetUtcNow();
        var staleBefore = ResourceGaps.StaleBefore(now, options.Value);
        var counts = await db.ResourceEntries
            .Where(e => e.GovernorateId == governorateId && (unitId == null || e.LocalUnitId == unitId))
            .GroupBy(_ => 1)
            .Select(g => new { All = g.Count(), Stale = g.Count(e => e.LastCheckedAt < staleBefore) })
            .SingleOrDefaultAsync(ct);
        var gaps = await GapRowsAsync(db, governorateId, staleBefore, unitId, onlyGaps: true, ResourceFigures.MaxGapsShown, ct);
        var totals = await ResourceGaps.Query(db, governorateId, staleBefore)
            .Where(g => (unitId == null || g.LocalUnitId == unitId) && g.Gap > 0)
            .GroupBy(_ => 1)
            .Select(g => new { Count = g.Count(), Sum = g.Sum(x => x.Gap) })
            .SingleOrDefaultAsync(ct);
        return new ResourceFigures(counts?.All ?? 0, counts?.Stale ?? 0, totals?.Count ?? 0, totals?.Sum ?? 0, gaps, now);
    }

    /// <summary>Every minimum level of the governorate (or a unit) with its gap, the largest gaps first.</summary>
    public async Task<IReadOnlyList<GapRow>> GapsAsync(Actor actor, int governorateId, int? unitId = null, CancellationToken ct = default)
    {
        Require(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await GapRowsAsync(db, governorateId, ResourceGaps.StaleBefore(clock.GetUtcNow(), options.Value), unitId, onlyGaps: false, MaxStockRows, ct);
    }

    /// <summary>The stock entries of the governorate (or one organisation); a partner's are its own organisation's only.</summary>
    public async Task<IReadOnlyList<StockRow>> StockAsync(Actor actor, int governorateId, int? organisationId = null, CancellationToken ct = default)
    {
        if (!actor.CanListResources(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read the stock of governorate {governorateId}");
        }

        var own = actor.OwnOrganisationScope;
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var staleBefore = ResourceGaps.StaleBefore(clock.GetUtcNow(), options.Value);
        return await (
            from e in db.ResourceEntries
            where e.GovernorateId == governorateId && (organisationId == null || e.OrganisationId == organisationId) && (own == null || e.OrganisationId == own)
            join o in db.Organisations on e.OrganisationId equals o.Id
            join u in db.LocalUnits on e.LocalUnitId equals u.Id
            join t in db.ResourceTypes on e.ResourceTypeId equals t.Id
            orderby o.NameAr, u.NameAr, t.NameAr
            select new StockRow(e.Id, o.Id, o.NameAr, o.NameEn, u.Id, u.NameAr, u.NameEn, t.Id, t.NameAr, t.NameEn, t.HasCapacity,
                e.QuantityHeld, e.QuantityWorking, e.Capacity, e.Location, e.LastCheckedAt, e.LastCheckedByName, e.LastCheckedAt < staleBefore, e.Version))
            .Take(MaxStockRows)
            .ToListAsync(ct);
    }

    /// <summary>The gap a task was made to close; null for a task made any other way or one the actor may not read.</summary>
    public async Task<TaskGap?> GapOfTaskAsync(Actor actor, int taskId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var link = await db.ResourceGapTasks.AsNoTracking().SingleOrDefaultAsync(l => l.TaskId == taskId, ct);
        if (link is null || !actor.CanReadResources(link.GovernorateId))
        {
            return null;
        }

        var staleBefore = ResourceGaps.StaleBefore(clock.GetUtcNow(), options.Value);
        var rows = await GapRowsAsync(db, link.GovernorateId, staleBefore, null, onlyGaps: false, 1, ct, link.ResourceMinimumId);
        return rows.Count == 0 ? null : new TaskGap(rows[0], link.GapAtCreation);
    }

    public async Task<IReadOnlyList<ResourceTypeRow>> TypesAsync(bool activeOnly, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.ResourceTypes.Where(t => !activeOnly || t.IsActive).OrderBy(t => t.Code)
            .Select(t => new ResourceTypeRow(t.Id, t.Code, t.NameAr, t.NameEn, t.HasCapacity, t.IsActive)).ToListAsync(ct);
    }

    private static async Task<IReadOnlyList<GapRow>> GapRowsAsync(
        PreparednessDbContext db, int governorateId, DateTimeOffset staleBefore, int? unitId, bool onlyGaps, int take, CancellationToken ct, int? minimumId = null)
    {
        var rows = await (
            from g in ResourceGaps.Query(db, governorateId, staleBefore)
            where (unitId == null || g.LocalUnitId == unitId) && (!onlyGaps || g.Gap > 0) && (minimumId == null || g.MinimumId == minimumId)
            join u in db.LocalUnits on g.LocalUnitId equals u.Id
            join t in db.ResourceTypes on g.ResourceTypeId equals t.Id
            // Largest share of the minimum missing first: 3 of 3 trucks outranks 100 of 400 sandbags.
            orderby (g.Minimum == 0 ? 0.0 : (double)g.Gap / g.Minimum) descending, g.Gap descending, u.NameAr, t.NameAr, g.Scenario
            select new GapRow(g.MinimumId, u.Id, u.NameAr, u.NameEn, t.Id, t.NameAr, t.NameEn, g.Scenario, g.Minimum, g.Working, g.Gap, g.NotReported, null, null))
            .Take(take)
            .ToListAsync(ct);
        var ids = rows.Select(r => r.MinimumId).ToList();
        var tasks = await (
            from l in db.ResourceGapTasks
            where ids.Contains(l.ResourceMinimumId)
            join t in db.Tasks on l.TaskId equals t.Id
            select new { l.ResourceMinimumId, l.Id, l.TaskId, t.Status })
            .ToListAsync(ct);
        var latest = tasks.GroupBy(t => t.ResourceMinimumId).ToDictionary(g => g.Key, g => g.MaxBy(t => t.Id)!);
        return rows.Select(r => latest.TryGetValue(r.MinimumId, out var t) ? r with { TaskId = t.TaskId, TaskStatus = t.Status } : r).ToList();
    }

    private static void Require(Actor actor, int governorateId)
    {
        if (!actor.CanReadResources(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read the resources of governorate {governorateId}");
        }
    }
}
