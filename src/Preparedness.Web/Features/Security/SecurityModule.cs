using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.CookiePolicy;

namespace Preparedness.Web.Features.Security;

internal static class SecurityModule
{
    /// <summary>Detailed circuit errors (exception text sent to the browser) in Development only, whatever the configuration says.</summary>
    public static IServiceCollection AddSecurity(this IServiceCollection services)
    {
        services.AddOptions<CircuitOptions>().PostConfigure<IHostEnvironment>((o, env) => o.DetailedErrors &= env.IsDevelopment());
        services.AddTrustedProxies();

        // Every cookie (sign-in, second factor, antiforgery, language) is sent over HTTPS only, except on a
        // developer's own machine: behind a proxy that ends TLS the app sees plain HTTP, and "same as the
        // request" would then send the sign-in cookie in clear on the way back.
        services.AddOptions<CookiePolicyOptions>().Configure<IHostEnvironment>((o, env) =>
            o.Secure = env.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always);
        return services;
    }
}
