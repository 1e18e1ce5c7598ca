using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Preparedness.Web.Features.Accounts;

/// <summary>Puts the user's governorate, organisation, display name and two-factor state into the sign-in cookie.</summary>
internal sealed class PreparednessClaimsFactory(
    UserManager<ApplicationUser> userManager,
    RoleManager<IdentityRole> roleManager,
    IOptions<IdentityOptions> options)
    : UserClaimsPrincipalFactory<ApplicationUser, IdentityRole>(userManager, roleManager, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(ApplicationUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        identity.AddClaim(new Claim(Actor.DisplayNameClaim, user.DisplayName));
        if (user.GovernorateId is { } governorateId)
        {
            identity.AddClaim(new Claim(Actor.GovernorateClaim, governorateId.ToString(CultureInfo.InvariantCulture)));
        }

        if (user.OrganisationId is { } organisationId)
        {
            identity.AddClaim(new Claim(Actor.OrganisationClaim, organisationId.ToString(CultureInfo.InvariantCulture)));
        }

        // Read on every request by the two-factor rule without a database query; enabling or
        // disabling changes the security stamp, so the cookie is re-issued with the new value.
        if (user.TwoFactorEnabled)
        {
            identity.AddClaim(new Claim(TwoFactor.TwoFactorRule.EnabledClaim, "true"));
        }

        return identity;
    }
}
