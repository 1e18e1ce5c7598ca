using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;

namespace Preparedness.Web.Features.Spreadsheets.Import.Users;

/// <summary>
/// Accounts of one governorate, matched by e-mail, with the users page's rules (<see cref="AccountDraft"/>,
/// <see cref="Actor.CanManageAccount"/>, nobody changes their own access). A new account gets its one-time
/// set-password link after the commit, through the same sender as on the page; an existing one never does.
/// </summary>
internal sealed class UserImporter(AccountAdministration accounts) : IImporter
{
    public ImportKind Kind => ImportKind.Users;

    public async Task<ImportPlan> PlanAsync(ImportContext context, IReadOnlyList<ImportTable> tables, CancellationToken ct)
    {
        var plan = new ImportPlan();
        var table = tables.FirstOrDefault(t => t.Sheet == AccountSheet.Name) ?? tables.FirstOrDefault();
        if (table is null)
        {
            plan.Errors.Add(SheetReader.FileError("Import.FileEmpty"));
            return plan;
        }

        var db = context.Db;
        var organisations = await db.Organisations.AsNoTracking().Where(o => o.GovernorateId == context.GovernorateId)
            .ToDictionaryAsync(o => o.Code, o => o.Id, ct);
        var emails = table.Rows.Select(r => r["email"].ToUpperInvariant()).Where(e => e.Length > 0).Distinct().ToList();
        var existing = await db.Users.Include(u => u.Governorate).Include(u => u.Organisation)
            .Where(u => u.NormalizedEmail != null && emails.Contains(u.NormalizedEmail)).ToListAsync(ct);
        var userIds = existing.Select(u => u.Id).ToList();
        var roles = await db.UserRoles.Where(ur => userIds.Contains(ur.UserId)).Join(db.Roles, ur => ur.RoleId, r => r.Id, (ur, r) => new { ur.UserId, r.Name })
            .ToDictionaryAsync(x => x.UserId, x => x.Name, ct);
        var rows = new UserRows(context, organisations, existing.ToDictionary(u => u.NormalizedEmail!), roles, plan);
        var changes = table.Rows.Select(rows.Read).OfType<UserChange>().ToList();

        plan.Write = token => UserWrites.WriteAsync(context, changes, token);
        plan.AfterCommit = async token =>
        {
            var users = context.Services.GetRequiredService<UserManager<ApplicationUser>>();
            var links = new List<PasswordLinkRow>();
            foreach (var created in changes.Where(c => c.IsNew))
            {
                var link = await accounts.FirstLinkAsync(context.Actor, users, created.User, created.Draft.Role, created.Created!.Id, context.Site!, token);
                if (link is not null) links.Add(new PasswordLinkRow(created.User.Email!, link.Url, link.Sent));
            }

            return links;
        };
        return plan;
    }
}
