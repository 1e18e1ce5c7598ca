using System.Text.RegularExpressions;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Security;

[Collection(AppCollection.Name)]
public sealed partial class SecurityHeadersTests(AppHost app)
{
    [Theory]
    [InlineData("/account/login")]
    [InlineData("/app.css")]
    [InlineData("/no-such-page")]
    [InlineData("/")]
    public async Task Every_response_carries_the_security_headers(string path)
    {
        var response = await app.CreateClient().GetAsync(path);

        var csp = string.Join(' ', response.Headers.GetValues("Content-Security-Policy"));
        Assert.Contains("default-src 'self'", csp);
        Assert.Contains("frame-ancestors 'none'", csp);
        Assert.Contains("form-action 'self'", csp);
        Assert.DoesNotContain("unsafe-eval", csp);
        Assert.Equal("DENY", string.Join("", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("nosniff", string.Join("", response.Headers.GetValues("X-Content-Type-Options")));
        Assert.Equal("same-origin", string.Join("", response.Headers.GetValues("Referrer-Policy")));
    }

    [Fact]
    public async Task Scripts_are_allowed_only_from_the_site_and_the_import_map_by_a_nonce_fresh_per_request()
    {
        var client = app.CreateClient();

        var first = await client.GetAsync("/account/login");
        var second = await client.GetAsync("/account/login");

        var nonce = ScriptSource().Match(string.Join(' ', first.Headers.GetValues("Content-Security-Policy"))).Groups[1].Value;
        Assert.NotEmpty(nonce);
        Assert.Contains($"<script type=\"importmap\" nonce=\"{nonce}\"", await first.Content.ReadAsStringAsync());
        Assert.DoesNotContain(nonce, string.Join(' ', second.Headers.GetValues("Content-Security-Policy")));
    }

    [GeneratedRegex("script-src 'self' 'nonce-([^']+)';")]
    private static partial Regex ScriptSource();
}
