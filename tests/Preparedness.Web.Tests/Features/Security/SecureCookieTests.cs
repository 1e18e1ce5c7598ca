using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Preparedness.Web.Features.Security;

namespace Preparedness.Web.Tests.Features.Security;

/// <summary>Cookies go over HTTPS only, whatever the request looked like, everywhere but on a developer's machine.</summary>
public sealed class SecureCookieTests
{
    [Theory]
    [InlineData("Production", true)]
    [InlineData("Staging", true)]
    [InlineData("Development", false)]
    public async Task Every_cookie_is_secure_outside_development_even_behind_a_proxy_that_ends_tls(string environment, bool secure)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.WebHost.UseTestServer();
        builder.Logging.ClearProviders();
        builder.Services.AddSecurity();
        await using var app = builder.Build();
        app.UseSecurityHeaders();
        app.MapGet("/", (HttpContext http) =>
        {
            http.Response.Cookies.Append("preparedness.test", "1", new CookieOptions { HttpOnly = true });
            return "ok";
        });
        await app.StartAsync();

        var response = await app.GetTestClient().GetAsync("/");

        var cookie = Assert.Single(response.Headers.GetValues("Set-Cookie"));
        Assert.Equal(secure, cookie.Contains("secure", StringComparison.OrdinalIgnoreCase));
    }
}
