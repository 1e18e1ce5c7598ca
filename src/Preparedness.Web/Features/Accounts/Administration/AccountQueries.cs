using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Accounts.Administration;

public sealed record AccountFilter(string? Text = null, string? Role = null, int? GovernorateId = null, bool? Active = null);

public sealed record AccountRow(
    string Id, string Email, string DisplayName, string? Role, int? GovernorateId, string? GovernorateNameAr, string? GovernorateNameEn,
    int? OrganisationId, string? OrganisationNameAr, string? OrganisationNameEn, bool IsActive, bool TwoFactorEnabled, bool LockedOut);

public sealed record AccountPage(IReadOnlyList<AccountRow> Rows, int Total);

/// <summary>The accounts an actor may administer: all for administrators, their governorate's for the secretariat.</summary>
internal sealed class AccountQueries(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public const int PageSize = 50;

    public async Task<AccountPage> ListAsync(Actor actor, AccountFilter filter, int page, CancellationToken ct = default)
    {
        if (!actor.CanAdministerAccounts)
        {
            throw new AccessDeniedException($"{actor.UserId} may not administer accounts");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var users = db.Users.AsNoTracking().Where(u => actor.IsAdministrator || u.GovernorateId == actor.GovernorateId);
        if (!string.IsNullOrWhiteSpace(filter.Text))
        {
            var pattern = $"%{Like.Escape(filter.Text.Trim())}%";
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

        var total = await users.CountAsync(ct);
        var now = clock.GetUtcNow();
        var list = await users
            .OrderBy(u => u.GovernorateId).ThenBy(u => u.DisplayName)
            .Skip(Math.Max(page, 0) * PageSize).Take(PageSize)
            .Select(u => new AccountRow(
                u.Id, u.Email ?? u.UserName ?? "", u.DisplayName,
                db.UserRoles.Where(ur => ur.UserId == u.Id).Join(db.Roles, ur => ur.RoleId, r => r.Id, (_, r) => r.Name).FirstOrDefault(),
                u.GovernorateId, u.Governorate!.NameAr, u.Governorate.NameEn,
                u.OrganisationId, u.Organisation!.NameAr, u.Organisation.NameEn,
                u.IsActive, u.TwoFactorEnabled, u.LockoutEnd != null && u.LockoutEnd > now))
            .ToListAsync(ct);
        return new AccountPage(list, total);
    }
}
