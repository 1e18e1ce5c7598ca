using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Dashboard;

namespace Preparedness.Web.Features.Seasons;

/// <summary>
/// Closes a season: from then on every service that changes a task refuses its tasks
/// (<see cref="Plans.ClosedSeason"/>), and its summary — the dashboard's own figures at the close, and
/// the work reported done late — is kept beside it.
/// </summary>
internal sealed class SeasonClosing(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, DashboardService dashboard)
{
    public async Task<SeasonResult> CloseAsync(Actor actor, int planId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plan = await db.Plans.SingleOrDefaultAsync(p => p.Id == planId, ct);
        if (plan is null || !actor.CanRead(plan.GovernorateId))
        {
            return SeasonResult.Invalid(["Error.NotFound"]);
        }

        SeasonAccess.Ensure(actor, plan.GovernorateId);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Holding the plan's row keeps a second close (and a task save that checks the season) waiting.
        await db.Database.ExecuteSqlAsync($"SELECT id FROM plans WHERE id = {planId} FOR UPDATE", ct);
        await db.Entry(plan).ReloadAsync(ct);
        if (plan.IsClosed)
        {
            return SeasonResult.Invalid(["Season.AlreadyClosed"]);
        }

        var now = clock.GetUtcNow();
        var figures = await dashboard.GetAsync(actor, plan.GovernorateId, ct, plan.Id);
        var data = await SeasonSummaries.BuildAsync(db, plan.Id, figures, ct);
        plan.ClosedAt = now;
        plan.ClosedById = actor.UserId;
        plan.ClosedByName = actor.Name;
        db.Add(new SeasonSummary { PlanId = plan.Id, ClosedAt = now, Data = data });
        db.Record(actor, now, "season.closed", "season_plan", $"{plan.Id}", plan.GovernorateId,
            [new FieldChange { Field = "ClosedAt", To = now.ToString("O") }], $"readiness {data.Overall}% · {data.LateCount} finished late");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new SeasonResult([], plan.Id);
    }
}
