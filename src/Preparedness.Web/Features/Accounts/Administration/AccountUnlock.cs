using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts.Lockout;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Accounts.Administration;

/// <summary>
/// Lifts every sign-in lock of an account: the addresses locked out of its name by wrong passwords, and
/// Identity's lock after wrong second-factor codes. For the administrators and the account's own
/// governorate's secretariat (<see cref="Actor.CanUnlockSignIn"/>); audited with the change.
/// </summary>
internal sealed class AccountUnlock(IServiceScopeFactory scopes, TimeProvider clock)
{
    public async Task<AccountResult> UnlockAsync(Actor actor, string userId, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = AccountAdministration.Services(scope);
        var (user, role, refusal) = await AccountAdministration.FindManageableAsync(actor, users, userId);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!actor.CanUnlockSignIn(role ?? "", user!.GovernorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not unlock {user.Id}");
        }

        var now = clock.GetUtcNow();
        var name = user.NormalizedUserName ?? "";
        var addresses = await db.Set<SignInLock>().CountAsync(l => l.UserName == name && l.LockedUntil > now, ct);
        var identityLocked = user.LockoutEnd > now;
        if (addresses == 0 && !identityLocked)
        {
            return AccountResult.Invalid(["Accounts.NotLocked"]);
        }

        var change = new FieldChange { Field = "LockedAddresses", From = addresses.ToString(System.Globalization.CultureInfo.InvariantCulture), To = "0" };
        var result = await IdentityTransaction.RunAsync(
            db,
            async () =>
            {
                await db.Set<SignInLock>().Where(l => l.UserName == name).ExecuteDeleteAsync(ct);
                return await users.SetLockoutEndDateAsync(user, null) is { Succeeded: false } failed ? failed : await users.ResetAccessFailedCountAsync(user);
            },
            () => db.Record(actor, now, AccountActions.Unlocked, AccountActions.EntityType, user.Id, user.GovernorateId, [change], identityLocked ? "second factor lock lifted" : null),
            ct);
        return result.Succeeded ? AccountResult.Done(user.Id) : AccountResult.Invalid(IdentityTransaction.ErrorKeys(result));
    }
}
