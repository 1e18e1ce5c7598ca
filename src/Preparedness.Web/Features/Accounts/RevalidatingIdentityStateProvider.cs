using System.Security.Claims;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.Components.Server;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Preparedness.Web.Features.Accounts;

/// <summary>
/// Re-checks an open circuit's user every minute (<see cref="SecurityOptions.RevalidationInterval"/>), so a
/// deactivated account, a changed role or password, or a lockout ends access on screens that are already
/// open, not only on the next sign-in.
/// </summary>
internal sealed class RevalidatingIdentityStateProvider(
    ILoggerFactory loggerFactory,
    IServiceScopeFactory scopeFactory,
    IOptions<IdentityOptions> options,
    IOptions<SecurityOptions> security)
    : RevalidatingServerAuthenticationStateProvider(loggerFactory)
{
    protected override TimeSpan RevalidationInterval => security.Value.RevalidationInterval;

    protected override async Task<bool> ValidateAuthenticationStateAsync(AuthenticationState authenticationState, CancellationToken cancellationToken)
    {
        await using var scope = scopeFactory.CreateAsyncScope();
        var userManager = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var user = await userManager.GetUserAsync(authenticationState.User);
        if (user is null || !user.IsActive || await userManager.IsLockedOutAsync(user))
        {
            return false;
        }

        // Signed out elsewhere (or past the session's absolute end): the open screen ends too.
        if (!await scope.ServiceProvider.GetRequiredService<Sessions.SessionStore>().IsActiveAsync(authenticationState.User, cancellationToken))
        {
            return false;
        }

        if (!userManager.SupportsUserSecurityStamp)
        {
            return true;
        }

        var principalStamp = authenticationState.User.FindFirstValue(options.Value.ClaimsIdentity.SecurityStampClaimType);
        return principalStamp == await userManager.GetSecurityStampAsync(user);
    }
}
