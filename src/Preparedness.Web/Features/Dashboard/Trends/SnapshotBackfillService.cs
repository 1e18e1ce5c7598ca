using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>
/// Fills the current seasons' past days from the task history as the app starts (after migrations and demo data),
/// in the background so that serving requests does not wait; only on hosts that run jobs.
/// </summary>
internal sealed class SnapshotBackfillService(IServiceScopeFactory scopes, IConfiguration configuration, ILogger<SnapshotBackfillService> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!(configuration.GetSection(JobOptions.Section).Get<JobOptions>()?.Enabled ?? true))
        {
            return;
        }

        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var written = await scope.ServiceProvider.GetRequiredService<WriteSnapshotsJob>().BackfillAsync(stoppingToken);
            logger.LogInformation("Readiness snapshots: {Rows} rows of past days written from the task history.", written);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Readiness snapshots could not be backfilled at start-up; the daily job will try again.");
        }
    }
}
