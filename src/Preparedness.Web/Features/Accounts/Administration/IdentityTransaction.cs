using Microsoft.AspNetCore.Identity;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Accounts.Administration;

internal static class IdentityTransaction
{
    /// <summary>
    /// Runs UserManager operations and the audit rows they earn in one database transaction on the
    /// context the Identity store uses: the change and its audit commit together or not at all.
    /// </summary>
    public static async Task<IdentityResult> RunAsync(
        PreparednessDbContext db, Func<Task<IdentityResult>> change, Action record, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        var result = await change();
        if (!result.Succeeded)
        {
            return result;
        }

        record();
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return result;
    }

    /// <summary>Identity's own messages are English; the page shows ours.</summary>
    public static IEnumerable<string> ErrorKeys(IdentityResult result) =>
        result.Errors.Select(e => e.Code switch
        {
            "DuplicateUserName" or "DuplicateEmail" => "Accounts.EmailTaken",
            "InvalidUserName" or "InvalidEmail" => "Accounts.EmailInvalid",
            "ConcurrencyFailure" => "Accounts.Conflict",
            "InvalidToken" => "Accounts.LinkInvalid",
            "PasswordTooShort" or "PasswordRequiresDigit" or "PasswordRequiresLower" or "PasswordRequiresUpper"
                or "PasswordRequiresNonAlphanumeric" or "PasswordRequiresUniqueChars" => "Accounts.PasswordWeak",
            Passwords.CommonPasswordValidator.Code => "Accounts.PasswordCommon",
            _ => "Accounts.Failed",
        }).Distinct();
}
