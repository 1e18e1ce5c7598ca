using Microsoft.Extensions.Diagnostics.HealthChecks;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Operations.Health;

/// <summary>This instance hears committed changes: without its LISTEN connection its screens would go stale.</summary>
internal sealed class LiveListenerCheck(LiveListenerStatus status) : IHealthCheck
{
    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(status.IsListening
            ? HealthCheckResult.Healthy()
            : HealthCheckResult.Unhealthy("The live listener is not connected (LISTEN)."));
}
