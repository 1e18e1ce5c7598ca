using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Accounts.Administration;

public sealed record AccountFilter(string? Text = null, string? Role = null, int? GovernorateId = null, bool? Active = null);

public sealed record AccountRow(
    string Id, string Email, string DisplayName, string? Role, int? GovernorateId, string? GovernorateNameAr, string? GovernorateNameEn,
    int? OrganisationId, string? OrganisationNameAr, string? OrganisationNameEn, bool IsActive, bool TwoFactorEnabled, bool LockedOut);

public sealed record AccountPage(IReadOnlyList<AccountRow> Rows, int Total);

/// <summary>An account as the spreadsheet export writes it: codes for places, and nothing secret.</summary>
public sealed record AccountExportRow(string Email, string DisplayName, string? Role, string? GovernorateCode, string? OrganisationCode, bool IsActive);

/// <summary>The accounts an actor may administer: all for administrators, their governorate's for the secretariat.</summary>
internal sealed class AccountQueries(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<AccountPage> ListAsync(Actor actor, AccountFilter filter, int page, CancellationToken ct = default)
    {
        EnsureCanAdminister(actor);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = Filtered(db, actor, filter);
        var total = await users.CountAsync(ct);
        var now = clock.GetUtcNow();
        var list = await users
            .OrderBy(u => u.GovernorateId).ThenBy(u => u.DisplayName)
            .Skip(Security.UntrustedText.Page(page) * PageSize).Take(PageSize)
            .Select(u => new AccountRow(
                u.Id, u.Email ?? u.UserName ?? "", u.DisplayName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.GovernorateId, u.Governorate!.NameAr, u.Governorate.NameEn,
                u.OrganisationId, u.Organisation!.NameAr, u.Organisation.NameEn,
                u.IsActive, u.TwoFactorEnabled,
                (u.LockoutEnd != null && u.LockoutEnd > now) || db.Set<Lockout.SignInLock>().Any(l => l.UserName == u.NormalizedUserName && l.LockedUntil > now)))
            .ToListAsync(ct);
        return new AccountPage(list, total);
    }

    /// <summary>
    /// Every account the list's filter matches, for the spreadsheet export: the same scope as the page, and
    /// no secret (no hash, stamp or key is selected). A refusal is thrown before the first row is read.
    /// </summary>
    public IAsyncEnumerable<AccountExportRow> ExportAsync(Actor actor, AccountFilter filter, CancellationToken ct = default)
    {
        EnsureCanAdminister(actor);
        return StreamAsync(actor, filter, ct);
    }

    private async IAsyncEnumerable<AccountExportRow> StreamAsync(Actor actor, AccountFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var rows = Filtered(db, actor, filter)
            .OrderBy(u => u.GovernorateId).ThenBy(u => u.DisplayName).ThenBy(u => u.Id)
            .Select(u => new AccountExportRow(
                u.Email ?? u.UserName ?? "", u.DisplayName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.Governorate == null ? null : u.Governorate.Code, u.Organisation == null ? null : u.Organisation.Code, u.IsActive));
        await foreach (var row in rows.AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<ApplicationUser> Filtered(PreparednessDbContext db, Actor actor, AccountFilter filter)
    {
        var users = db.Users.AsNoTracking().Where(u => actor.IsAdministrator || u.GovernorateId == actor.GovernorateId);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = $"%{Like.Escape(Security.UntrustedText.Clean(filter.Text.Trim(), 256)!)}%";
            users = users.Where(u => EF.Functions.ILike(u.Email!, pattern) || EF.Functions.ILike(u.DisplayName, pattern));
        }

        if (filter.Role is { } role)
        {
            users = users.Where(u => db.UserRoles.Any(ur => ur.UserId == u.Id && db.Roles.Any(r => r.Id == ur.RoleId && r.Name == role)));
        }

        if (filter.GovernorateId is { } governorateId)
        {
            users = users.Where(u => u.GovernorateId == governorateId);
        }

        if (filter.Active is { } active)
        {
            users = users.Where(u => u.IsActive == active);
        }

        return users;
    }

    private static void EnsureCanAdminister(Actor actor)
    {
        if (!actor.CanAdministerAccounts)
        {
            throw new AccessDeniedException($"{actor.UserId} may not administer accounts");
        }
    }
}
