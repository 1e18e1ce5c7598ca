using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace Preparedness.Web.Features.Accounts.TwoFactor;

/// <summary>A person refused only for a missing second factor is sent to set it up; programs get 403.</summary>
internal sealed class TwoFactorRedirect : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler fallback = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        var missingSecondFactor = authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<TwoFactorRule.Requirement>().Any() == true;
        if (!missingSecondFactor || !HttpMethods.IsGet(context.Request.Method) || context.Request.Path.StartsWithSegments("/hubs"))
        {
            return fallback.HandleAsync(next, context, policy, authorizeResult);
        }

        var returnUrl = Uri.EscapeDataString(context.Request.PathBase + context.Request.Path + context.Request.QueryString);
        context.Response.Redirect($"{TwoFactorRule.SetupPath}?returnUrl={returnUrl}");
        return Task.CompletedTask;
    }
}
