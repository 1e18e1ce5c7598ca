using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Resources;

/// <summary>Reminds holders of the entries they have not checked; one statement, so two runs at once tell no one twice.</summary>
internal sealed class StaleResourcesJob(NotificationWriter writer, IOptions<ResourcesOptions> options, TimeProvider clock, ILogger<StaleResourcesJob> logger) : IRecurringJob
{
    public const string Name = "resource-stale-reminders";

    public async Task<JobSummary> ExecuteAsync(CancellationToken ct)
    {
        var result = await writer.WriteAsync(StaleResourceReminders.Batch(clock.GetUtcNow(), options.Value), ct);
        logger.LogInformation("Stale resource reminders: {Notifications} notifications to {Users} users.", result.Notifications, result.NotificationsByUser.Count);
        return result.Summary;
    }
}
