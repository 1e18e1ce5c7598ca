using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Accounts.SignIn;

/// <summary>A user sets their password with the one-time link an administrator gave them.</summary>
internal sealed class PasswordSetting(UserManager<ApplicationUser> users, PreparednessDbContext db, TimeProvider clock)
{
    /// <returns>AccountStrings keys of what went wrong; empty when the password is set.</returns>
    public async Task<IReadOnlyList<string>> SetAsync(string userId, string token, string password, string? address)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !user.IsActive || !TryDecode(token, out var decoded))
        {
            return ["Accounts.LinkInvalid"];
        }

        // Resetting changes the security stamp, and the token was bound to the old one: the link works once.
        var actor = new Actor(user.Id, user.DisplayName, "", user.GovernorateId, user.OrganisationId, address);
        var result = await IdentityTransaction.RunAsync(
            db,
            () => users.ResetPasswordAsync(user, decoded, password),
            () => db.Record(actor, clock.GetUtcNow(), AccountActions.PasswordSet, AccountActions.EntityType, user.Id, user.GovernorateId),
            CancellationToken.None);
        return result.Succeeded ? [] : IdentityTransaction.ErrorKeys(result).ToList();
    }

    private static bool TryDecode(string token, out string decoded)
    {
        try
        {
            decoded = Encoding.UTF8.GetString(WebEncoders.Base64UrlDecode(token));
            return decoded.Length > 0;
        }
        catch (FormatException)
        {
            decoded = "";
            return false;
        }
    }
}
