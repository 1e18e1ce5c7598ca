using Microsoft.AspNetCore.Components.Server;

namespace Preparedness.Web.Features.Security;

internal static class SecurityModule
{
    /// <summary>Detailed circuit errors (exception text sent to the browser) in Development only, whatever the configuration says.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddOptions<CircuitOptions>().PostConfigure<IHostEnvironment>((o, env) => o.DetailedErrors &= env.IsDevelopment());
        services.AddTrustedProxies();
        return services;
    }
}
