using Microsoft.AspNetCore.Diagnostics;

namespace Preparedness.Web.Features.Accounts;

/// <summary>
/// The endpoints' one boundary for a refusal: a bare 403 and a warning, instead of the error page with a
/// reference id. Pages have their own, <see cref="Components.Shared.AppErrorBoundary"/>.
/// </summary>
internal sealed class AccessDeniedHandler(ILogger<AccessDeniedHandler> logger) : IExceptionHandler
{
    public ValueTask<bool> TryHandleAsync(HttpContext http, Exception exception, CancellationToken ct)
    {
        if (exception is not AccessDeniedException || http.Response.HasStarted)
        {
            return ValueTask.FromResult(false);
        }

        logger.LogWarning("Refused {Path}: {Reason}", http.Request.Path, exception.Message);
        // A bare status for a program or a download, not the friendly "not found" page re-executed in its place.
        http.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
        http.Response.StatusCode = StatusCodes.Status403Forbidden;
        return ValueTask.FromResult(true);
    }
}
