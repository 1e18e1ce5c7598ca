using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Preparedness.Web.Features.Accounts.SignIn;

/// <summary>
/// Checks the account behind every hub request, not once per interval: a wall board (re)connects
/// rarely, and one closed for a deactivated or changed account must not get back in on a cookie
/// that is still inside its interval. Pages keep the interval; their circuits are re-checked.
/// </summary>
internal sealed class HubStampValidator(
    IOptions<SecurityStampValidatorOptions> options,
    SignInManager<ApplicationUser> signInManager,
    ILoggerFactory logger) : SecurityStampValidator<ApplicationUser>(options, signInManager, logger)
{
    public const string HubsPath = "/hubs";

    public override async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
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
