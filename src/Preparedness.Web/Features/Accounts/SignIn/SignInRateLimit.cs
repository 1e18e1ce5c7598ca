using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts.Lockout;

namespace Preparedness.Web.Features.Accounts.SignIn;

/// <summary>
/// Posts to the sign-in pages (password, second factor, set password) are limited per IP address in a
/// fixed one-minute window; reading the pages is not. The lock of one name from one address stops guessing one
/// account's password; this stops one address from trying many accounts.
/// </summary>
internal static class SignInRateLimit
{
    public const string Policy = "sign-in";

    public static void Configure(RateLimiterOptions options)
    {
        options.AddPolicy(Policy, http =>
        {
            if (!HttpMethods.IsPost(http.Request.Method))
            {
                return RateLimitPartition.GetNoLimiter("read");
            }

            var limit = http.RequestServices.GetRequiredService<IOptions<SecurityOptions>>().Value.SignInAttemptsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(
                http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = limit, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
        });
        options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
        options.OnRejected = (context, ct) => RefuseAsync(context.HttpContext, ct);
    }

    private static async ValueTask RefuseAsync(HttpContext http, CancellationToken ct)
    {
        var source = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var refused = await http.RequestServices.GetRequiredService<SignInThrottles>().CountAsync(source, ct);
        if (SignInThrottles.IsWorthRecording(refused))
        {
            // The form is read, and the name typed kept, only for the rows recorded: no account is looked up.
            var typed = http.Request.HasFormContentType ? (await http.Request.ReadFormAsync(ct))["Input.UserName"].ToString().Trim() : "";
            await http.RequestServices.GetRequiredService<SignInAudit>().RecordAsync(http, AccountActions.Throttled, null, typed, $"{http.Request.Path} · {refused} refused this minute", ct);
        }

        // The page is written here, so the status-code page must not replace it.
        http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        http.Response.ContentType = "text/html; charset=utf-8";
        http.Response.Headers.RetryAfter = "60";
        await using var renderer = new HtmlRenderer(http.RequestServices, http.RequestServices.GetRequiredService<ILoggerFactory>());
        var html = await renderer.Dispatcher.InvokeAsync(async () => (await renderer.RenderComponentAsync<Pages.TooManyAttempts>()).ToHtmlString());
        await http.Response.WriteAsync(html, ct);
    }
}
