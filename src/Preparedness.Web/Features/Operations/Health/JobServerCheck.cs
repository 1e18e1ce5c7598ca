using Hangfire;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Preparedness.Web.Features.Operations.Health;

/// <summary>
/// On an instance that runs jobs: this process's Hangfire server has reported in recently. A server whose
/// heartbeat stopped is about to be removed by the others, and its recurring jobs would not run here.
/// </summary>
internal sealed class JobServerCheck(JobStorage storage) : IHealthCheck
{
    private static readonly TimeSpan Stale = TimeSpan.FromMinutes(2);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            // Hangfire names a server "<machine>:<process id>:<guid>".
            var mine = $":{Environment.ProcessId}:";
            var servers = await Task.Run(() => storage.GetMonitoringApi().Servers(), cancellationToken);
            var heartbeat = servers.Where(s => s.Name.Contains(mine, StringComparison.Ordinal)).Max(s => s.Heartbeat);
            // Hangfire's heartbeats are wall-clock time, whatever clock the app is given (tests fake it).
            var now = TimeProvider.System.GetUtcNow().UtcDateTime;
            return heartbeat is { } last && now - last < Stale
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("The job server has no recent heartbeat.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The job server's storage does not answer.", ex);
        }
    }
}
