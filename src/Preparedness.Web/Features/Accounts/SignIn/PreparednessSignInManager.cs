using System.Security.Claims;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts.Sessions;

namespace Preparedness.Web.Features.Accounts.SignIn;

/// <summary>
/// Refuses deactivated accounts at every way in: password, second factor, cookie refresh. Every sign-in
/// starts a server-side session named in the cookie; a refresh of the cookie keeps the session it had.
/// </summary>
internal sealed class PreparednessSignInManager(
    UserManager<ApplicationUser> userManager,
    IHttpContextAccessor contextAccessor,
    IUserClaimsPrincipalFactory<ApplicationUser> claimsFactory,
    IOptions<IdentityOptions> optionsAccessor,
    ILogger<SignInManager<ApplicationUser>> logger,
    IAuthenticationSchemeProvider schemes,
    IUserConfirmation<ApplicationUser> confirmation,
    SessionStore sessions)
    : SignInManager<ApplicationUser>(userManager, contextAccessor, claimsFactory, optionsAccessor, logger, schemes, confirmation)
{
    private bool refreshing;

    public override async Task<bool> CanSignInAsync(ApplicationUser user) =>
        user.IsActive && await base.CanSignInAsync(user);

    public override async Task RefreshSignInAsync(ApplicationUser user)
    {
        refreshing = true;
        try
        {
            await base.RefreshSignInAsync(user);
        }
        finally
        {
            refreshing = false;
        }
    }

    public override async Task SignInWithClaimsAsync(ApplicationUser user, AuthenticationProperties? authenticationProperties, IEnumerable<Claim> additionalClaims)
    {
        var current = refreshing && Context.User.FindFirstValue(ClaimTypes.NameIdentifier) == user.Id ? SessionStore.Id(Context.User) : null;
        var id = current ?? await sessions.StartAsync(user.Id, Context.Connection.RemoteIpAddress?.ToString());
        await base.SignInWithClaimsAsync(user, authenticationProperties, [.. additionalClaims.Where(c => c.Type != SessionStore.Claim), new Claim(SessionStore.Claim, id.ToString())]);
    }
}
