using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Operations.Configuration;
using Preparedness.Web.Features.Operations.Health;
using Preparedness.Web.Features.Operations.Telemetry;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Web.Features.Operations;

/// <summary>
/// What operators need around the app: health endpoints, configuration that refuses mistakes at start,
/// data-protection keys encrypted at rest, and telemetry. See deploy/README.md.
/// </summary>
internal static class OperationsModule
{
    public static IServiceCollection AddOperations(this IServiceCollection services, IConfiguration configuration)
    {
        string[] ready = [HealthEndpoints.ReadyTag];
        var checks = services.AddHealthChecks()
            .AddCheck<DatabaseCheck>("database", tags: ready, timeout: TimeSpan.FromSeconds(5))
            .AddCheck<LiveListenerCheck>("live-listener", tags: ready);
        if (configuration.GetSection(JobOptions.Section).Get<JobOptions>()?.Enabled ?? true)
        {
            checks.AddCheck<JobServerCheck>("job-server", tags: ready, timeout: TimeSpan.FromSeconds(5));
        }

        services.AddSingleton<IValidateOptions<PublicUrlOptions>, PublicUrlRequired>();
        services.AddSingleton<IValidateOptions<SecurityOptions>, SecurityOptionsCheck>();
        services.AddOptions<SecurityOptions>().ValidateOnStart();
        services.AddSingleton<IValidateOptions<ConnectionStringsCheck.Marker>, ConnectionStringsCheck>();
        services.AddOptions<ConnectionStringsCheck.Marker>().ValidateOnStart();
        HealthEndpoints.TrustedNetworks(configuration);
        services.AddKeyProtection(configuration);
        services.AddTelemetry(configuration);
        return services;
    }

    public static WebApplication MapOperations(this WebApplication app) => app.MapHealth();
}
