using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Preparedness.Web.Features.Operations.Health;

/// <summary>
/// <c>/health/live</c>: the process answers (no check runs: a database outage must not get every
/// instance restarted). <c>/health/ready</c>: this instance can serve (database, migrations, live
/// listener, job server when it runs jobs). Anonymous; the body is "Healthy" or "Unhealthy" only,
/// unless <c>?details</c> is asked from loopback or a network in <c>Preparedness:Health:DetailsFrom</c>.
/// </summary>
internal static class HealthEndpoints
{
    public const string LivePath = "/health/live";
    public const string ReadyPath = "/health/ready";
    public const string ReadyTag = "ready";
    public const string DetailsFromSetting = "Preparedness:Health:DetailsFrom";

    public static WebApplication MapHealth(this WebApplication app)
    {
        var trusted = TrustedNetworks(app.Configuration);
        app.MapHealthChecks(LivePath, Options(_ => false, trusted)).AllowAnonymous().DisableHttpMetrics();
        app.MapHealthChecks(ReadyPath, Options(c => c.Tags.Contains(ReadyTag), trusted)).AllowAnonymous().DisableHttpMetrics();
        return app;
    }

    private static HealthCheckOptions Options(Func<HealthCheckRegistration, bool> predicate, IReadOnlyList<IPNetwork> trusted) => new()
    {
        Predicate = predicate,
        AllowCachingResponses = false,
        ResponseWriter = (http, report) => WriteAsync(http, report, trusted),
    };

    private static Task WriteAsync(HttpContext http, HealthReport report, IReadOnlyList<IPNetwork> trusted)
    {
        // A bare status for probes, never the friendly "not found" page.
        http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        var address = http.Connection.RemoteIpAddress;
        var detailed = http.Request.Query.ContainsKey("details") && address is not null
            && (IPAddress.IsLoopback(address) || trusted.Any(n => n.Contains(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address)));
        if (!detailed)
        {
            http.Response.ContentType = "text/plain";
            return http.Response.WriteAsync(report.Status.ToString());
        }

        http.Response.ContentType = "application/json";
        return http.Response.WriteAsync(JsonSerializer.Serialize(new
        {
            status = report.Status.ToString(),
            version = AppVersion.Current,
            checks = report.Entries.ToDictionary(e => e.Key, e => new
            {
                status = e.Value.Status.ToString(),
                description = e.Value.Description,
                error = e.Value.Exception?.Message,
                milliseconds = Math.Round(e.Value.Duration.TotalMilliseconds, 1),
            }),
        }));
    }

    public static IReadOnlyList<IPNetwork> TrustedNetworks(IConfiguration configuration) =>
    [
        .. (configuration[DetailsFromSetting] ?? "")
            .Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)
            .Select(entry => IPNetwork.TryParse(entry.Contains('/') ? entry : entry + (entry.Contains(':') ? "/128" : "/32"), out var network)
                ? network
                : throw new InvalidOperationException($"{DetailsFromSetting}: \"{entry}\" is neither an IP address nor a network such as 10.0.0.0/8.")),
    ];
}
