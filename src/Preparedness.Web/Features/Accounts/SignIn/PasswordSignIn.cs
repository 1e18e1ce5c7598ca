using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts.Lockout;
using Preparedness.Web.Features.Accounts.Mail;

namespace Preparedness.Web.Features.Accounts.SignIn;

internal enum SignInOutcome
{
    Succeeded,
    RequiresTwoFactor,
    Failed,
    Locked,
    Deactivated,
}

/// <summary>
/// The password step of signing in. A name that does not exist costs the same password hash and gets the
/// same answer as a wrong password, and is locked out from an address exactly like a real one
/// (<see cref="SignInLocks"/>): neither the answer nor the work tells a stranger which names are accounts.
/// </summary>
internal sealed class PasswordSignIn(
    SignInManager<ApplicationUser> signIn,
    UserManager<ApplicationUser> users,
    SignInLocks locks,
    SignInAudit audit,
    AccountNotices notices,
    TimeProvider clock,
    IOptions<SecurityOptions> options)
{
    private static string? dummyHash;

    public async Task<(SignInOutcome Outcome, ApplicationUser? User)> SignInAsync(HttpContext http, string typed, string password, bool remember)
    {
        var name = users.NormalizeName(typed) ?? typed;
        var source = http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (await locks.IsLockedAsync(name, source))
        {
            await audit.RecordAsync(http, AccountActions.SignInFailed, null, typed, "locked from this address");
            return (SignInOutcome.Locked, null);
        }

        var user = await users.FindByNameAsync(typed);
        var result = user is null ? FailUnknown(password) : await signIn.PasswordSignInAsync(user, password, remember, lockoutOnFailure: false);
        if (result.Succeeded || result.RequiresTwoFactor)
        {
            await locks.ForgetAsync(name, source);
            if (result.Succeeded)
            {
                await audit.RecordAsync(http, AccountActions.SignIn, user, typed);
            }

            return (result.Succeeded ? SignInOutcome.Succeeded : SignInOutcome.RequiresTwoFactor, user);
        }

        // Refused before its password was checked (deactivated, or locked by second-factor failures): checked
        // now, so the work is the same, and the refusal is told only to someone who knows the password.
        if (user is not null && (result.IsNotAllowed || result.IsLockedOut) && await users.CheckPasswordAsync(user, password))
        {
            await audit.RecordAsync(http, AccountActions.SignInFailed, user, typed, result.IsNotAllowed ? "deactivated" : "locked by second factor");
            return (result.IsNotAllowed ? SignInOutcome.Deactivated : SignInOutcome.Locked, user);
        }

        if (await locks.FailAsync(name, source) is { } until)
        {
            await audit.RecordAsync(http, AccountActions.LockedOut, user, typed, $"from {source} until {until:u}");
            if (user is not null)
            {
                await notices.LockedAsync(user, source, options.Value.FailuresBeforeLock, clock.GetUtcNow(), until, CancellationToken.None);
            }

            return (SignInOutcome.Locked, null);
        }

        await audit.RecordAsync(http, AccountActions.SignInFailed, user, typed, user is null ? "unknown user" : "wrong password");
        return (SignInOutcome.Failed, null);
    }

    /// <summary>A name that is no account: the same hashing as a real account's wrong password.</summary>
    private Microsoft.AspNetCore.Identity.SignInResult FailUnknown(string password)
    {
        var stranger = new ApplicationUser();
        dummyHash ??= users.PasswordHasher.HashPassword(stranger, Guid.NewGuid().ToString());
        users.PasswordHasher.VerifyHashedPassword(stranger, dummyHash, password);
        return Microsoft.AspNetCore.Identity.SignInResult.Failed;
    }
}
