using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Preparedness.Web.Features.Security;

namespace Preparedness.Web.Tests.Features.Security;

/// <summary>
/// Behind nginx ending TLS, the app sees plain HTTP from the proxy; a browser still learns to keep to HTTPS
/// (Strict-Transport-Security) everywhere but on a developer's machine, and only when the proxy is trusted.
/// </summary>
public sealed class HstsTests
{
    private const string Proxy = "10.0.0.5";

    [Theory]
    [InlineData("Production", Proxy, true)]
    [InlineData("Staging", Proxy, true)]
    [InlineData("Development", Proxy, false)]
    [InlineData("Production", "198.51.100.9", false)] // X-Forwarded-Proto from an address that is not the proxy
    public async Task Https_behind_the_trusted_proxy_gets_strict_transport_security_outside_development(string environment, string from, bool expected)
    {
        await using var app = await StartAsync(environment, from);
        using var request = new HttpRequestMessage(HttpMethod.Get, "http://preparedness.luxor.gov.eg/");
        request.Headers.Add("X-Forwarded-Proto", "https");

        var response = await app.GetTestClient().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Headers.TryGetValues("Strict-Transport-Security", out var values));
        if (expected)
        {
            Assert.Contains("max-age=", Assert.Single(values!), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Plain_http_never_gets_strict_transport_security()
    {
        await using var app = await StartAsync("Production", Proxy);

        var response = await app.GetTestClient().GetAsync("http://preparedness.luxor.gov.eg/");

        Assert.False(response.Headers.Contains("Strict-Transport-Security"));
    }

    private static async Task<WebApplication> StartAsync(string environment, string from)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Configuration[TrustedProxies.Setting] = Proxy;
        builder.Services.AddSecurity();
        var app = builder.Build();
        app.Use((http, next) =>
        {
            http.Connection.RemoteIpAddress = IPAddress.Parse(from); // the test server has no network peer
            return next(http);
        });
        app.UseTrustedProxies();
        app.UseSecurityHeaders();
        app.MapGet("/", () => "ok");
        await app.StartAsync();
        return app;
    }
}
