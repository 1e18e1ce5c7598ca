using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Operations.Health;

/// <summary>The database answers, and every migration this version knows is applied (a new version on an old schema is not ready).</summary>
internal sealed class DatabaseCheck(IDbContextFactory<PreparednessDbContext> factory) : IHealthCheck
{
    // Migrations are never taken back: once all were applied, only reachability is asked again.
    private volatile bool migrated;

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        try
        {
            await using var db = await factory.CreateDbContextAsync(cancellationToken);
            if (!await db.Database.CanConnectAsync(cancellationToken))
            {
                return HealthCheckResult.Unhealthy("The database does not answer.");
            }

            if (!migrated)
            {
                var pending = (await db.Database.GetPendingMigrationsAsync(cancellationToken)).ToList();
                if (pending.Count > 0)
                {
                    return HealthCheckResult.Unhealthy($"{pending.Count} migrations not applied (run the migrate command): {string.Join(", ", pending)}");
                }

                migrated = true;
            }

            return HealthCheckResult.Healthy();
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The database does not answer.", ex);
        }
    }
}
