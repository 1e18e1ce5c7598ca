using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Reports;

/// <summary>
/// Reads the report through the services behind the screens: figures from <see cref="DashboardService"/>,
/// lists from <see cref="TaskQueries"/> and <see cref="ConcernService"/>. Nothing is counted here a second way.
/// </summary>
internal sealed class ReadinessReportService(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    DashboardService dashboard,
    TaskQueries tasks,
    ConcernService concerns,
    TimeProvider clock)
{
    public const int WorstOverdueCount = 15;
    public const int ReturnedCount = 30;
    public const int ConcernCount = 50;

    /// <summary>Null when the unit or organisation does not exist or is another governorate's.</summary>
    public async Task<ReadinessReport?> GetAsync(Actor actor, int governorateId, int? unitId, int? organisationId, int? season = null, CancellationToken ct = default)
    {
        ReportSubject? subject;
        await using (var db = await dbFactory.CreateDbContextAsync(ct))
        {
            subject = await ReportSubjects.FindAsync(db, actor, governorateId, unitId, organisationId, ct);
        }

        if (subject is null)
        {
            return null;
        }

        if (!actor.CanReadReport(subject.GovernorateId, subject.OrganisationId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read the report of {subject}");
        }

        var figures = await dashboard.GetAsync(actor, subject.GovernorateId, ct, season, subject.Scope);
        var filter = new TaskFilter { LocalUnitId = subject.LocalUnitId, OrganisationId = subject.OrganisationId, PlanId = figures.PlanId };
        return new ReadinessReport(
            subject,
            figures,
            await WorstOverdueAsync(actor, subject.GovernorateId, filter, ct),
            await ReturnedAsync(actor, subject.GovernorateId, filter, ct),
            await ConcernsAsync(actor, subject, filter, ct),
            actor.Name,
            clock.GetUtcNow());
    }

    // The task list's own overdue filter, most important first and, within a priority, the longest overdue first.
    private async Task<IReadOnlyList<OverdueItem>> WorstOverdueAsync(Actor actor, int governorateId, TaskFilter filter, CancellationToken ct)
    {
        var page = await tasks.ListAsync(actor, governorateId, filter with { Overdue = true }, new TaskPageRequest(0, WorstOverdueCount, TaskSort.Priority, true), ct);
        var today = CairoTime.Today(clock);
        return [.. page.Rows.Select(r => new OverdueItem(r, today.DayNumber - r.DueOn.DayNumber))];
    }

    private async Task<IReadOnlyList<ReturnedItem>> ReturnedAsync(Actor actor, int governorateId, TaskFilter filter, CancellationToken ct) =>
        await tasks.StreamAsync(
                actor, governorateId, filter with { Status = TaskStatus.Returned }, new TaskPageRequest(0, ReturnedCount, TaskSort.LastUpdated, true), ReturnedCount,
                t => new ReturnedItem(t.Id, t.TitleAr, t.TitleEn, t.Organisation!.NameAr, t.Organisation.NameEn, t.ReviewComment, t.LastUpdatedAt, t.LastUpdatedByName),
                ct)
            .ToListAsync(ct);

    // A unit's or an organisation's report keeps the concerns about its own tasks (and, for an organisation, about it).
    private async Task<IReadOnlyList<ConcernRow>> ConcernsAsync(Actor actor, ReportSubject subject, TaskFilter filter, CancellationToken ct)
    {
        var open = await concerns.ListAsync(actor, subject.GovernorateId, openOnly: true, ct: ct);
        if (subject.Scope is null)
        {
            return [.. open.Take(ConcernCount)];
        }

        var ids = open.Where(c => c.TaskId is not null).Select(c => c.TaskId!.Value).ToHashSet();
        var inScope = ids.Count == 0 ? [] : await tasks.StreamAsync(actor, subject.GovernorateId, filter, new TaskPageRequest(), 100_000, t => t.Id, ct)
            .Where(ids.Contains)
            .ToHashSetAsync(cancellationToken: ct);
        return [.. open
            .Where(c => (c.TaskId is { } task && inScope.Contains(task)) || (subject.OrganisationId is { } org && c.OrganisationId == org))
            .Take(ConcernCount)];
    }
}
