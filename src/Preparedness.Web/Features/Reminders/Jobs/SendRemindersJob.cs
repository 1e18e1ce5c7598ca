using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders.Sweeps;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>
/// The daily sweep: due soon, overdue, escalation, stale and storm reminders for every governorate,
/// one set-based statement per kind whatever the number of tasks. Safe to run again at any time.
/// </summary>
internal sealed class SendRemindersJob(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    NotificationWriter writer,
    StormCalendar storms,
    TimeProvider clock,
    IOptions<ReminderOptions> options,
    IOptions<ReadinessOptions> readiness,
    ILogger<SendRemindersJob> logger)
{
    public async Task<JobSummary> ExecuteAsync(CancellationToken ct)
    {
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        var today = CairoTime.Today(clock);
        var o = options.Value;
        ReminderBatch[] batches =
        [
            ReminderSweeps.DueSoon(today, o.EffectiveDueSoonDays),
            ReminderSweeps.Overdue(today),
            ReminderSweeps.Escalation(today, o.EscalateAfterDays),
            ReminderSweeps.Stale(today, clock.GetUtcNow(), readiness.Value.StaleAfterDays),
            ReminderSweeps.Storm(today, await StormWindowsAsync(today, o.StormLeadDays, ct)),
        ];

        // Side by side, each on its own connection: the kinds never share an occurrence key, and at
        // national scale the first morning writes tens of thousands of rows per kind.
        var results = await Task.WhenAll(batches.Select(batch => writer.WriteAsync(batch, ct)));
        var total = WriteResult.None;
        foreach (var (batch, result) in batches.Zip(results))
        {
            logger.LogInformation("{Kind} reminders: {Notifications} notifications to {Users} users.", batch.Kind, result.Notifications, result.NotificationsByUser.Count);
            total = total.Add(result);
        }

        ReminderMetrics.Swept(System.Diagnostics.Stopwatch.GetElapsedTime(started), total.Summary.Notifications);
        return total.Summary;
    }

    /// <summary>Each plan's storm windows that are open for reminders today: from the lead before the window until it closes.</summary>
    private async Task<List<(int PlanId, StormWindow Window)>> StormWindowsAsync(DateOnly today, int leadDays, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var plans = await db.Plans.AsNoTracking().Select(p => new { p.Id, p.StartsOn }).ToListAsync(ct);
        return
        [
            .. from plan in plans
               from storm in storms.All
               let window = StormCalendar.Window(storm, plan.StartsOn)
               where today >= window.From.AddDays(-leadDays) && today <= window.Until
               select (plan.Id, window),
        ];
    }
}
