using System.Security.Cryptography;

namespace Preparedness.Web.Features.Security;

/// <summary>
/// Headers on every response, error pages included (set when the response starts, after any handler
/// has cleared it). The content security policy allows scripts from this site only, plus the one inline
/// script Blazor writes (the import map), which carries a fresh nonce per request.
/// </summary>
internal static class SecurityHeaders
{
    private const string NonceKey = "preparedness:csp-nonce";

    /// <summary>
    /// style-src needs 'unsafe-inline': MudBlazor writes its theme as an inline &lt;style&gt; element and sets
    /// style attributes on components, and Blazor applies them through the DOM; none of it is script.
    /// connect-src 'self' covers the circuit's and the hub's same-origin WebSockets (CSP Level 3).
    /// </summary>
    public static string Policy(string nonce) =>
        "default-src 'self'; " +
        $"script-src 'self' 'nonce-{nonce}'; " +
        "style-src 'self' 'unsafe-inline'; " +
        "img-src 'self' data: blob:; " +
        "font-src 'self' data:; " +
        "connect-src 'self'; " +
        "object-src 'none'; " +
        "frame-ancestors 'none'; " +
        "base-uri 'self'; " +
        "form-action 'self'";

    /// <summary>The nonce of this request, for the import map in App.razor.</summary>
    public static string Nonce(HttpContext http) =>
        http.Items[NonceKey] as string ?? throw new InvalidOperationException("UseSecurityHeaders must run before the page.");

    public static WebApplication UseSecurityHeaders(this WebApplication app)
    {
        // Browsers that reached the app over HTTPS (directly or, from a trusted proxy, per X-Forwarded-Proto)
        // keep to HTTPS from then on; not on a developer's machine, where it would pin localhost to HTTPS.
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        // Before anything writes a cookie: the policy (SecurityModule) marks them Secure outside development.
        app.UseCookiePolicy();
        app.Use((http, next) =>
        {
            // Hex, not base64: "+" and "/" would be HTML-encoded in the attribute and no longer match the header.
            var nonce = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
            http.Items[NonceKey] = nonce;
            http.Response.OnStarting(() =>
            {
                var headers = http.Response.Headers;
                headers.ContentSecurityPolicy = Policy(nonce);
                headers.XFrameOptions = "DENY";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "same-origin";
                return Task.CompletedTask;
            });
            return next(http);
        });
        return app;
    }
}
