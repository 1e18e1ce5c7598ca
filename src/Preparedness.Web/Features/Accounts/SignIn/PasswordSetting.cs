using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Accounts.SignIn;

/// <summary>A user sets their password with the one-time link an administrator gave them.</summary>
internal sealed class PasswordSetting(UserManager<ApplicationUser> users, PreparednessDbContext db, TimeProvider clock)
{
    /// <summary>The token's purpose names the audit event that issued the link: a link cannot claim another issuer.</summary>
    public static string Purpose(long issuedBy) => "SetPassword:" + issuedBy.ToString(CultureInfo.InvariantCulture);

    /// <returns>AccountStrings keys of what went wrong; empty when the password is set.</returns>
    public async Task<IReadOnlyList<string>> SetAsync(string userId, string link, string token, string password, string? address)
    {
        var user = await users.FindByIdAsync(userId);
        if (user is null || !user.IsActive || !long.TryParse(link, NumberStyles.None, CultureInfo.InvariantCulture, out var issuedBy) || !TryDecode(token, out var decoded)
            || !await users.VerifyUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, Purpose(issuedBy), decoded))
        {
            return ["Accounts.LinkInvalid"];
        }

        var issuer = await db.AuditEvents.AsNoTracking()
            .Where(a => a.Id == issuedBy && a.EntityId == user.Id && (a.Action == AccountActions.Created || a.Action == AccountActions.PasswordLinkIssued))
            .Select(a => new { a.UserId, a.UserName })
            .SingleOrDefaultAsync();
        if (issuer is null)
        {
            return ["Accounts.LinkInvalid"];
        }

        // Resetting changes the security stamp, and the link's token was bound to the old one: the link works once.
        var actor = new Actor(user.Id, user.DisplayName, "", user.GovernorateId, user.OrganisationId, address);
        var issuedByChange = new FieldChange { Field = "LinkIssuedBy", To = $"{issuer.UserName} ({issuer.UserId})" };
        var result = await IdentityTransaction.RunAsync(
            db,
            async () => await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password),
            () => db.Record(actor, clock.GetUtcNow(), AccountActions.PasswordSet, AccountActions.EntityType, user.Id, user.GovernorateId, [issuedByChange], $"link {issuedBy}"),
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
