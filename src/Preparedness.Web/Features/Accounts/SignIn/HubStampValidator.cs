using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts.Sessions;

namespace Preparedness.Web.Features.Accounts.SignIn;

/// <summary>
/// Every request with a cookie: its session must be live (not signed out, not past its absolute end).
/// Hub requests also check the account itself each time, not once per interval: a wall board (re)connects
/// rarely, and one closed for a deactivated or changed account must not get back in on a cookie
/// that is still inside its interval. Pages keep the interval; their circuits are re-checked.
/// </summary>
internal sealed class HubStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<ApplicationUser> signInManager,
    ILoggerFactory logger,
    SessionStore sessions) : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    public const string HubsPath = "/hubs";

    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        if (context.Principal is null || !await sessions.IsActiveAsync(context.Principal, context.HttpContext.RequestAborted))
        {
            context.RejectPrincipal();
            await SignInManager.SignOutAsync();
            return;
        }

        if (!context.HttpContext.Request.Path.StartsWithSegments(HubsPath))
        {
            await base.ValidateAsync(context);
            return;
        }

        var user = await VerifySecurityStamp(context.Principal);
        if (user is null || !await SignInManager.CanSignInAsync(user) || await SignInManager.UserManager.IsLockedOutAsync(user))
        {
            context.RejectPrincipal();
        }
    }
}
