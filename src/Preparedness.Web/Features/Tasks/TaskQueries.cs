using System.Linq.Expressions;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Tasks;

internal sealed class TaskQueries(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    TimeProvider clock,
    IOptions<ReadinessOptions> options,
    StormCalendar storms)
{
    /// <summary>
    /// One statement, one round trip: the season, the total and the storms' season start ride along with the page's rows
    /// as sub-queries. Only a page past the end (no rows to carry the total) asks for the count on its own; a search
    /// first reads the governorate's names (<see cref="SearchWords"/>).
    /// </summary>
    public async Task<TaskPage> ListAsync(Actor actor, int governorateId, TaskFilter filter, TaskPageRequest request, CancellationToken ct = default)
    {
        EnsureCanRead(actor, governorateId);
        filter = TaskScope.Narrow(actor, filter);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (query, moment, plan) = await FilteredAsync(db, governorateId, filter, ct);
        var pageSize = Math.Clamp(request.PageSize, 1, TaskPageRequest.MaxPageSize);
        var page = await query
            .Sort(request)
            .Skip(Security.UntrustedText.Page(request.Page) * pageSize)
            .Take(pageSize)
            .ToRows(moment)
            .Select(r => new { Row = r, Total = query.Count(), SeasonStart = plan.Select(p => (DateOnly?)p.StartsOn).FirstOrDefault() })
            .ToListAsync(ct);
        var total = page.Count > 0 ? page[0].Total : request.Page > 0 ? await query.CountAsync(ct) : 0;
        var rows = page.ConvertAll(p => p.Row);
        return new TaskPage(page.Count > 0 && page[0].SeasonStart is { } start ? WithStorms(rows, start) : rows, total);
    }

    /// <summary>
    /// Every row of the list (same permission, plan, filter and order; no page), up to <paramref name="maxRows"/>,
    /// streamed in the caller's shape: the spreadsheet export. A refusal is thrown here, before the first row
    /// is read, so an endpoint can still answer 403 rather than a half-written file.
    /// </summary>
    public IAsyncEnumerable<T> StreamAsync<T>(
        Actor actor, int governorateId, TaskFilter filter, TaskPageRequest order, int maxRows,
        Expression<Func<ReadinessTask, T>> project, CancellationToken ct = default)
    {
        EnsureCanRead(actor, governorateId);
        filter = TaskScope.Narrow(actor, filter);
        return Stream(governorateId, filter, order, maxRows, project, ct);
    }

    private async IAsyncEnumerable<T> Stream<T>(
        int governorateId, TaskFilter filter, TaskPageRequest order, int maxRows,
        Expression<Func<ReadinessTask, T>> project, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var (query, _, _) = await FilteredAsync(db, governorateId, filter, ct);
        await foreach (var row in query.Sort(order).Take(maxRows).Select(project).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    // The season is a scalar sub-query of the list's statement (PostgreSQL runs it once, as an InitPlan), not a round trip before it.
    private async Task<(IQueryable<ReadinessTask> Query, ReadinessScore.Moment Moment, IQueryable<SeasonPlan> Plan)> FilteredAsync(
        PreparednessDbContext db, int governorateId, TaskFilter filter, CancellationToken ct)
    {
        var moment = ReadinessScore.Moment.At(clock, options.Value);
        var plan = db.PlanInScope(governorateId, filter.PlanId, moment.Today);
        var words = await SearchWords.ResolveAsync(db, governorateId, filter.Text, ct);
        var query = db.Tasks.AsNoTracking()
            .Where(t => t.GovernorateId == governorateId && t.PlanId == plan.Select(p => p.Id).FirstOrDefault())
            .Apply(filter, moment)
            .Matching(words);
        return (query, moment, plan);
    }

    /// <summary>An organisation head's own tasks, soonest first; the page buckets them by urgency.</summary>
    public async Task<IReadOnlyList<TaskRow>> MineAsync(Actor actor, CancellationToken ct = default)
    {
        if (actor is not { HasOwnTasks: true, GovernorateId: { } governorateId, OrganisationId: { } organisationId })
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var moment = ReadinessScore.Moment.At(clock, options.Value);
        var planId = await db.CurrentPlanIdAsync(governorateId, moment.Today, ct);
        var rows = await db.Tasks.AsNoTracking()
            .Where(t => t.GovernorateId == governorateId && t.PlanId == planId && t.OrganisationId == organisationId)
            .OrderBy(t => t.DueOn).ThenByDescending(t => t.Priority).ThenBy(t => t.Id)
            .ToRows(moment)
            .ToListAsync(ct);
        return await WithStormsAsync(db, planId, rows, ct);
    }

    public async Task<TaskDetails?> GetAsync(Actor actor, int taskId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var task = await db.Tasks.AsNoTracking()
            .Include(t => t.Organisation)
            .Include(t => t.LocalUnit)
            .Include(t => t.Plan)
            .Include(t => t.LibraryItem)
            .SingleOrDefaultAsync(t => t.Id == taskId, ct);
        if (task is null || !actor.CanReadOrganisationRecord(task.GovernorateId, task.OrganisationId))
        {
            return null;
        }

        var history = await db.TaskHistory.AsNoTracking()
            .Where(h => h.TaskId == taskId)
            .OrderByDescending(h => h.At).ThenByDescending(h => h.Id)
            .ToListAsync(ct);
        var moment = ReadinessScore.Moment.At(clock, options.Value);
        return TaskDetails.From(task, history, moment, storms.WindowOf(task.StormCode, task.Plan!.StartsOn));
    }

    // A storm's window depends on the plan's season and is worked out in C#, as on the task page.
    private async Task<List<TaskRow>> WithStormsAsync(PreparednessDbContext db, int? planId, List<TaskRow> rows, CancellationToken ct)
    {
        if (rows.All(r => r.StormCode is null))
        {
            return rows;
        }

        var seasonStart = await db.Plans.Where(p => p.Id == planId).Select(p => p.StartsOn).SingleAsync(ct);
        return WithStorms(rows, seasonStart);
    }

    private List<TaskRow> WithStorms(List<TaskRow> rows, DateOnly seasonStart) =>
        rows.All(r => r.StormCode is null) ? rows : [.. rows.Select(r => r with { Storm = storms.WindowOf(r.StormCode, seasonStart) })];

    private static void EnsureCanRead(Actor actor, int governorateId)
    {
        if (!actor.CanListRecords(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not list the tasks of governorate {governorateId}");
        }
    }
}
