using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Accounts.Administration;

/// <summary>
/// Creates and changes accounts. Every rule is here, asked of the <see cref="Actor"/>, whatever the
/// page offers: administrators manage every account; the secretariat manages its own governorate's
/// non-administrator accounts and cannot move one to another governorate; nobody changes their own
/// role or deactivates themselves. Each operation gets its own scope, so the UserManager, its store and
/// the audit row share one context and one transaction.
/// </summary>
internal sealed class AccountAdministration(IServiceScopeFactory scopes, TimeProvider clock, IAccountLinkSender links, Mail.AccountNotices notices)
{
    public async Task<AccountResult> CreateAsync(Actor actor, AccountDraft draft, Uri site, CancellationToken ct = default)
    {
        draft.Normalize();
        if (!actor.CanManageAccount(draft.Role, draft.GovernorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not create a {draft.Role} account in governorate {draft.GovernorateId}");
        }

        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Services(scope);
        var errors = await ValidateAsync(db, draft, ct);
        if (errors.Count > 0)
        {
            return AccountResult.Invalid(errors);
        }

        var user = new ApplicationUser { LockoutEnabled = true, EmailConfirmed = true };
        var changes = draft.ApplyTo(user, null);
        user.UserName = user.Email = draft.Email;
        changes.Insert(0, new FieldChange { Field = "Email", To = draft.Email });
        AuditEvent? created = null;
        var result = await IdentityTransaction.RunAsync(
            db,
            async () => await users.CreateAsync(user) is { Succeeded: false } failed ? failed : await AddRoleAsync(scope.ServiceProvider, users, user, draft.Role),
            () => created = db.Record(actor, clock.GetUtcNow(), AccountActions.Created, AccountActions.EntityType, user.Id, user.GovernorateId, changes),
            ct);
        if (!result.Succeeded)
        {
            return AccountResult.Invalid(IdentityTransaction.ErrorKeys(result));
        }

        // The first link of a leadership account goes to its owner only: the secretariat who made it never sees it.
        return AccountResult.Done(user.Id, await FirstLinkAsync(actor, users, user, draft.Role, created!.Id, site, ct));
    }

    public async Task<AccountResult> UpdateAsync(Actor actor, string userId, AccountDraft draft, CancellationToken ct = default)
    {
        draft.Normalize();
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Services(scope);
        var (user, role, refusal) = await FindManageableAsync(actor, users, userId);
        if (refusal is not null)
        {
            return refusal;
        }

        if (!actor.CanManageAccount(draft.Role, draft.GovernorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not make {userId} a {draft.Role} in governorate {draft.GovernorateId}");
        }

        var errors = await ValidateAsync(db, draft, ct);
        if (errors.Count > 0)
        {
            return AccountResult.Invalid(errors);
        }

        var changes = draft.ApplyTo(user!, role);
        if (changes.Count == 0)
        {
            return AccountResult.Invalid(["Accounts.NothingToSave"]);
        }

        if (ChangesOwnAccess(actor, user!.Id, changes))
        {
            return AccountResult.NotYourself;
        }

        var result = await IdentityTransaction.RunAsync(
            db,
            async () =>
            {
                if (draft.Role != role)
                {
                    if (role is not null && await users.RemoveFromRoleAsync(user, role) is { Succeeded: false } removed)
                    {
                        return removed;
                    }

                    if (await AddRoleAsync(scope.ServiceProvider, users, user, draft.Role) is { Succeeded: false } added)
                    {
                        return added;
                    }
                }

                // Role, governorate and organisation travel in the sign-in cookie: a new stamp makes
                // open screens and cookies re-check within a minute and pick up the change.
                return await users.UpdateSecurityStampAsync(user);
            },
            () => db.Record(actor, clock.GetUtcNow(), AccountActions.Changed, AccountActions.EntityType, user.Id, user.GovernorateId, changes),
            ct);
        return result.Succeeded ? AccountResult.Done(user.Id) : AccountResult.Invalid(IdentityTransaction.ErrorKeys(result));
    }

    public async Task<AccountResult> SetActiveAsync(Actor actor, string userId, bool active, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Services(scope);
        var (user, _, refusal) = await FindManageableAsync(actor, users, userId);
        if (refusal is not null)
        {
            return refusal;
        }

        if (user!.Id == actor.UserId)
        {
            return AccountResult.NotYourself;
        }

        if (user.IsActive == active)
        {
            return AccountResult.Invalid(["Accounts.NothingToSave"]);
        }

        var change = new FieldChange { Field = nameof(ApplicationUser.IsActive), From = AccountDraft.Text(user.IsActive), To = AccountDraft.Text(active) };
        user.IsActive = active;

        // The new stamp ends the deactivated user's sessions: cookies and open screens re-check within a minute.
        var result = await IdentityTransaction.RunAsync(
            db,
            () => users.UpdateSecurityStampAsync(user),
            () => db.Record(actor, clock.GetUtcNow(), active ? AccountActions.Reactivated : AccountActions.Deactivated, AccountActions.EntityType, user.Id, user.GovernorateId, [change]),
            ct);
        return result.Succeeded ? AccountResult.Done(user.Id) : AccountResult.Invalid(IdentityTransaction.ErrorKeys(result));
    }

    /// <summary>A new one-time link, e.g. when the first one was lost; any earlier link stays valid until a password is set.</summary>
    public async Task<AccountResult> IssuePasswordLinkAsync(Actor actor, string userId, Uri site, CancellationToken ct = default)
    {
        await using var scope = scopes.CreateAsyncScope();
        var (users, db) = Services(scope);
        var (user, role, refusal) = await FindManageableAsync(actor, users, userId);
        if (refusal is not null)
        {
            return refusal;
        }

        // Checked here whatever the page offers: a forged call for the governor's account is refused too.
        if (!actor.CanIssuePasswordLink(role ?? "", user!.GovernorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not issue a set-password link for {user.Id} ({role})");
        }

        if (!user.IsActive)
        {
            return AccountResult.Invalid(["Accounts.Inactive"]);
        }

        var issued = db.Record(actor, clock.GetUtcNow(), AccountActions.PasswordLinkIssued, AccountActions.EntityType, user.Id, user.GovernorateId);
        await db.SaveChangesAsync(ct);
        return AccountResult.Done(user.Id, await LinkAsync(actor, users, user, issued.Id, site, ct));
    }

    /// <summary>Another governorate's account looks like it does not exist; one's own administrator is visible but not changeable.</summary>
    internal static async Task<(ApplicationUser? User, string? Role, AccountResult? Refusal)> FindManageableAsync(Actor actor, UserManager<ApplicationUser> users, string userId)
    {
        if (!actor.CanAdministerAccounts)
        {
            throw new AccessDeniedException($"{actor.UserId} may not administer accounts");
        }

        if (await users.FindByIdAsync(userId) is not { } user || !(actor.IsAdministrator || user.GovernorateId == actor.GovernorateId))
        {
            return (null, null, AccountResult.NotFound);
        }

        var role = (await users.GetRolesAsync(user)).FirstOrDefault();
        return actor.CanManageAccount(role ?? "", user.GovernorateId)
            ? (user, role, null)
            : throw new AccessDeniedException($"{actor.UserId} may not manage account {user.Id}");
    }

    private static async Task<List<string>> ValidateAsync(PreparednessDbContext db, AccountDraft draft, CancellationToken ct)
    {
        var errors = draft.Validate().ToList();
        if (draft.GovernorateId is { } governorateId && !await db.Governorates.AnyAsync(g => g.Id == governorateId, ct))
        {
            errors.Add("Accounts.GovernorateRequired");
        }

        // An organisation of another governorate, even forged into the request, is refused.
        if (draft.OrganisationId is { } organisationId
            && !await db.Organisations.AnyAsync(o => o.Id == organisationId && o.GovernorateId == draft.GovernorateId, ct))
        {
            errors.Add("Accounts.OrganisationInvalid");
        }

        return errors.Distinct().ToList();
    }

    /// <summary>Nobody changes their own role, governorate, organisation or status; their name they may.</summary>
    internal static bool ChangesOwnAccess(Actor actor, string userId, IEnumerable<FieldChange> changes) =>
        userId == actor.UserId && changes.Any(c => c.Field != nameof(ApplicationUser.DisplayName));

    internal static async Task<IdentityResult> AddRoleAsync(IServiceProvider services, UserManager<ApplicationUser> users, ApplicationUser user, string role)
    {
        // An installation without demo data has no role rows until the first account of each role.
        var roles = services.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(role) && await roles.CreateAsync(new IdentityRole(role)) is { Succeeded: false } failed)
        {
            return failed;
        }

        return await users.AddToRoleAsync(user, role);
    }

    /// <summary>
    /// A new account's first set-password link, issued by the audit event that created it. The link of an account the
    /// actor may not issue links for (a leadership account made by the secretariat) goes to its owner only.
    /// </summary>
    internal async Task<AccountLink?> FirstLinkAsync(Actor actor, UserManager<ApplicationUser> users, ApplicationUser user, string role, long createdBy, Uri site, CancellationToken ct)
    {
        var link = await LinkAsync(actor, users, user, createdBy, site, ct);
        return actor.CanIssuePasswordLink(role, user.GovernorateId) ? link : link.Sent ? link with { Url = "" } : null;
    }

    internal async Task<AccountLink> LinkAsync(Actor actor, UserManager<ApplicationUser> users, ApplicationUser user, long issuedBy, Uri site, CancellationToken ct)
    {
        // Whoever issued it, by any way (this screen, an import, create-admin), the owner hears of it: a link
        // someone else holds is a way into their account, and they are the one to notice it was not expected.
        await notices.LinkIssuedAsync(user, actor.Name, clock.GetUtcNow(), ct);

        // The token is bound to the security stamp, which setting the password changes: it works once. It is
        // also bound to the audit event that issued it, so the password-set event can say who gave the link.
        var token = WebEncoders.Base64UrlEncode(Encoding.UTF8.GetBytes(await users.GenerateUserTokenAsync(user, users.Options.Tokens.PasswordResetTokenProvider, SignIn.PasswordSetting.Purpose(issuedBy))));
        var url = new Uri(site, $"account/set-password?userId={Uri.EscapeDataString(user.Id)}&link={issuedBy}&token={token}").ToString();
        return new AccountLink(url, await links.SendSetPasswordLinkAsync(user.Email!, user.DisplayName, url, ct));
    }

    internal static (UserManager<ApplicationUser> Users, PreparednessDbContext Db) Services(AsyncServiceScope scope) =>
        (scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>(), scope.ServiceProvider.GetRequiredService<PreparednessDbContext>());
}
