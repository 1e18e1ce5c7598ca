using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using RouteData = Microsoft.AspNetCore.Components.RouteData;
using Microsoft.Extensions.Options;

namespace Preparedness.Web.Features.Accounts.TwoFactor;

/// <summary>
/// "Roles listed in <see cref="SecurityOptions.RequireTwoFactorForRoles"/> must use an authenticator app":
/// part of the default authorization policy, so every page, the hub and the export refuse such a user
/// until they have set it up — whatever the menus show.
/// </summary>
internal sealed class TwoFactorRule(IOptionsMonitor<SecurityOptions> options)
    : AuthorizationHandler<TwoFactorRule.Requirement>
{
    public const string EnabledClaim = "preparedness:2fa";

    public const string SetupPath = "/account/two-factor";

    internal sealed class Requirement : IAuthorizationRequirement;

    /// <summary>The endpoint (static request) or the page (interactive router) allows a missing second factor.</summary>
    private static bool IsExempt(object? resource) => resource switch
    {
        HttpContext http => http.GetEndpoint()?.Metadata.GetMetadata<AllowWithoutSecondFactorAttribute>() is not null,
        RouteData route => route.PageType.IsDefined(typeof(AllowWithoutSecondFactorAttribute), inherit: true),
        _ => false,
    };

    public bool IsMissing(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && !user.HasClaim(c => c.Type == EnabledClaim)
        && Actor.From(user) is { } actor
        && options.CurrentValue.RequiresTwoFactor(actor.Role);

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
    {
        // The set-up page must open for the user it asks to set up. A missing second factor leaves the
        // requirement unmet (rather than failing it), so the refusal names this requirement.
        if (IsExempt(context.Resource) || !IsMissing(context.User))
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}

/// <summary>Marks the one page a user whose role requires a second factor may open before setting it up.</summary>
[AttributeUsage(AttributeTargets.Class)]
internal sealed class AllowWithoutSecondFactorAttribute : Attribute;
