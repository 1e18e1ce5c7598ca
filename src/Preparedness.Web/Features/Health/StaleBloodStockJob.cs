using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Health;

/// <summary>Reminds the health directorate of the blood stocks it has not reported; one statement, so two runs at once tell no one twice.</summary>
internal sealed class StaleBloodStockJob(NotificationWriter writer, IOptions<HealthOptions> options, TimeProvider clock, ILogger<StaleBloodStockJob> logger) : IRecurringJob
{
    public const string Name = "blood-stock-stale-reminders";

    public async Task<JobSummary> ExecuteAsync(CancellationToken ct)
    {
        var result = await writer.WriteAsync(StaleBloodReminders.Batch(clock.GetUtcNow(), options.Value), ct);
        logger.LogInformation("Stale blood stock reminders: {Notifications} notifications to {Users} users.", result.Notifications, result.NotificationsByUser.Count);
        return result.Summary;
    }
}
