using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Identity;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Accounts.SignIn;

/// <summary>What happens once a person is signed in, by password alone or with a second factor.</summary>
internal static class SignedIn
{
    public static async Task GoHomeAsync(HttpContext http, NavigationManager navigation, UserManager<ApplicationUser> users, ApplicationUser user, string? returnUrl)
    {
        // The user's language follows them: the culture cookie is written from their saved preference.
        LocalizationModule.WriteCookie(http, Cultures.Normalize(user.PreferredCulture));

        // The operations room's screen is the wall board. A partner's is its own tasks, also when it opened the site's
        // root: the governorate's dashboard there is not for it.
        if (await users.IsInRoleAsync(user, Roles.Partner) && (string.IsNullOrEmpty(returnUrl) || returnUrl == "/"))
        {
            navigation.NavigateTo("/tasks/mine", forceLoad: true);
            return;
        }

        var home = string.IsNullOrEmpty(returnUrl) && await users.IsInRoleAsync(user, Roles.OperationsRoom) ? "/board" : "/";
        navigation.NavigateTo(string.IsNullOrEmpty(returnUrl) ? home : ReturnUrls.SafeOrHome(returnUrl), forceLoad: true);
    }
}
