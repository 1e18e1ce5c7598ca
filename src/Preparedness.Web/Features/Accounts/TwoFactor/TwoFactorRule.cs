using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
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

    /// <summary>Signed in, whether or not the second factor is set up yet: the set-up page itself.</summary>
    public const string SignedInPolicy = "SignedIn";

    public const string SetupPath = "/account/two-factor";

    internal sealed class Requirement : IAuthorizationRequirement;

    public bool IsMissing(ClaimsPrincipal user) =>
        user.Identity?.IsAuthenticated == true
        && !user.HasClaim(c => c.Type == EnabledClaim)
        && Actor.From(user) is { } actor
        && options.CurrentValue.RequiresTwoFactor(actor.Role);

    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, Requirement requirement)
    {
        // The set-up page itself must open for the user it is asking to set up.
        var onSetupPage = context.Resource is HttpContext http && http.Request.Path.StartsWithSegments(SetupPath);
        if (!onSetupPage && IsMissing(context.User))
        {
            context.Fail(new AuthorizationFailureReason(this, "An authenticator app is required for this role."));
        }
        else
        {
            context.Succeed(requirement);
        }

        return Task.CompletedTask;
    }
}
