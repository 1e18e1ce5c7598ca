using System.Net;
using Microsoft.AspNetCore.HttpOverrides;

namespace Preparedness.Web.Features.Security;

/// <summary>
/// Behind a load balancer or reverse proxy the client's address and scheme arrive in
/// <c>X-Forwarded-For</c> / <c>X-Forwarded-Proto</c>. They are believed only from the proxies named in
/// <c>Preparedness:TrustedProxies</c> (IP addresses or CIDR networks, comma-separated); without that the
/// audit trail would record the proxy's address for everyone, and the sign-in rate limit, which counts
/// per address, would count all users as one. Unset (the default), the headers are ignored.
/// </summary>
internal static class TrustedProxies
{
    public const string Setting = "Preparedness:TrustedProxies";

    public static IServiceCollection AddTrustedProxies(this IServiceCollection services)
    {
        services.AddOptions<ForwardedHeadersOptions>().Configure<IConfiguration>((options, configuration) =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;

            // Only what is configured: not even the loopback defaults.
            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var entry in Entries(configuration))
            {
                if (entry.Contains('/') && System.Net.IPNetwork.TryParse(entry, out var network))
                {
                    options.KnownIPNetworks.Add(network);
                }
                else if (IPAddress.TryParse(entry, out var address))
                {
                    options.KnownProxies.Add(address);
                }
                else
                {
                    throw new InvalidOperationException($"{Setting}: \"{entry}\" is neither an IP address nor a network such as 10.0.0.0/8.");
                }
            }
        }).ValidateOnStart(); // a mistyped address stops the app at start, not at its first request
        return services;
    }

    /// <summary>First in the pipeline, so everything after it sees the client's address.</summary>
    public static WebApplication UseTrustedProxies(this WebApplication app)
    {
        if (Entries(app.Configuration).Length > 0)
        {
            app.UseForwardedHeaders();
        }

        return app;
    }

    private static string[] Entries(IConfiguration configuration) =>
        (configuration[Setting] ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
