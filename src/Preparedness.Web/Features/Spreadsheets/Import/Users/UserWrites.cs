using Microsoft.AspNetCore.Identity;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Spreadsheets.Import.Users;

/// <summary>
/// Writes the accounts through Identity's UserManager on the import's own context, so every account, role and
/// audit row commits with the others or not at all. A failure Identity reports rolls the whole import back.
/// </summary>
internal static class UserWrites
{
    public static async Task WriteAsync(ImportContext context, IReadOnlyList<UserChange> changes, CancellationToken ct)
    {
        var users = context.Services.GetRequiredService<UserManager<ApplicationUser>>();
        foreach (var change in changes)
        {
            var (user, draft) = (change.User, change.Draft);
            var fields = draft.ApplyTo(user, change.OldRole);
            if (change.IsNew)
            {
                user.UserName = user.Email = draft.Email;
                fields.Insert(0, new FieldChange { Field = "Email", To = draft.Email });
            }

            if (user.IsActive != change.Active || change.IsNew)
            {
                if (!change.IsNew || !change.Active) fields.Add(new FieldChange { Field = nameof(user.IsActive), From = change.IsNew ? null : AccountDraft.Text(user.IsActive), To = AccountDraft.Text(change.Active) });
                user.IsActive = change.Active;
            }

            Check(change.IsNew ? await users.CreateAsync(user) : await users.UpdateSecurityStampAsync(user));
            if (change.OldRole != draft.Role)
            {
                if (change.OldRole is not null) Check(await users.RemoveFromRoleAsync(user, change.OldRole));
                Check(await AccountAdministration.AddRoleAsync(context.Services, users, user, draft.Role));
            }

            change.Created = context.Db.Record(context.Actor, context.Now, change.IsNew ? AccountActions.Created : AccountActions.Changed, AccountActions.EntityType,
                user.Id, user.GovernorateId, fields, "import");
        }

        await context.Db.SaveChangesAsync(ct);
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded) throw new ImportWriteException(IdentityTransaction.ErrorKeys(result).First());
    }
}
