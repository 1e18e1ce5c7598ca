using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Spreadsheets.Import.Users;

/// <summary>A new or changed account and the draft it gets.</summary>
internal sealed record UserChange(ApplicationUser User, string? OldRole, AccountDraft Draft, bool Active, bool IsNew)
{
    /// <summary>The audit event that created the account: the first set-password link is issued by it.</summary>
    public AuditEvent? Created { get; set; }
}

/// <summary>Reads one accounts row: its draft, its checks, its preview line.</summary>
internal sealed class UserRows(
    ImportContext context, IReadOnlyDictionary<string, int> organisations, IReadOnlyDictionary<string, ApplicationUser> existing,
    IReadOnlyDictionary<string, string?> roles, ImportPlan plan)
{
    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        ["Accounts.EmailInvalid"] = "email",
        ["Accounts.DisplayNameRequired"] = "display_name",
        ["Accounts.RoleInvalid"] = "role",
        ["Accounts.GovernorateRequired"] = "governorate_code",
        ["Accounts.OrganisationRequired"] = "organisation_code",
    };

    private readonly HashSet<string> seen = [];

    public UserChange? Read(ImportRow source)
    {
        var row = new RowReader(AccountSheet.Name, source, plan.Errors);
        var errors = plan.Errors.Count;
        var role = Roles.All.FirstOrDefault(r => string.Equals(r, source["role"], StringComparison.OrdinalIgnoreCase)) ?? source["role"];
        var draft = new AccountDraft { Email = source["email"], DisplayName = source["display_name"], Role = role, GovernorateId = context.GovernorateId };
        if (source["organisation_code"] is { Length: > 0 } organisationCode)
        {
            if (organisations.TryGetValue(organisationCode.ToLowerInvariant(), out var organisationId)) draft.OrganisationId = organisationId;
            else row.Fail("organisation_code", "Accounts.OrganisationInvalid");
        }

        if (source["governorate_code"] is { Length: > 0 } governorate && !string.Equals(governorate, context.GovernorateCode, StringComparison.OrdinalIgnoreCase))
        {
            row.Fail("governorate_code", "Import.OtherGovernorate");
        }

        draft.Normalize();
        foreach (var error in draft.Validate()) row.Fail(ColumnOf.GetValueOrDefault(error, "email"), error);
        if (!seen.Add(draft.Email.ToUpperInvariant())) row.Fail("email", "Import.DuplicateKey");
        if (Roles.All.Contains(draft.Role) && !context.Actor.CanManageAccount(draft.Role, draft.GovernorateId)) row.Fail("role", "Import.RoleNotAllowed");

        var user = existing.GetValueOrDefault(draft.Email.ToUpperInvariant());
        var oldRole = user is null ? null : roles.GetValueOrDefault(user.Id);
        var active = row.Flag("active");
        if (user is not null) CheckExisting(row, user, oldRole, draft, active);
        if (plan.Errors.Count > errors) return null;

        var after = new AccountExportRow(draft.Email, draft.DisplayName, draft.Role, draft.GovernorateId is null ? null : context.GovernorateCode,
            source["organisation_code"] is { Length: > 0 } code && draft.OrganisationId is not null ? code.ToLowerInvariant() : null, active ?? user?.IsActive ?? true);
        var before = user is null ? null : new AccountExportRow(user.Email ?? "", user.DisplayName, oldRole, user.Governorate?.Code, user.Organisation?.Code, user.IsActive);
        plan.Add(AccountSheet.Name, source.Number, draft.Email, AccountSheet.Columns, before, after);
        return plan.Rows[^1].Action == RowAction.Unchanged
            ? null
            : new UserChange(user ?? new ApplicationUser { LockoutEnabled = true, EmailConfirmed = true }, oldRole, draft, after.IsActive, user is null);
    }

    /// <summary>Another governorate's account looks taken, as on the page; one the actor may not manage is refused; one's own access stays.</summary>
    private void CheckExisting(RowReader row, ApplicationUser user, string? oldRole, AccountDraft draft, bool? active)
    {
        if (!context.Actor.IsAdministrator && user.GovernorateId != context.Actor.GovernorateId)
        {
            row.Fail("email", "Accounts.EmailTaken");
        }
        else if (!context.Actor.CanManageAccount(oldRole ?? "", user.GovernorateId))
        {
            row.Fail("email", "Import.NotManageable");
        }
        else if (AccountAdministration.ChangesOwnAccess(context.Actor, user.Id, Changes(user, oldRole, draft, active)))
        {
            row.Fail("role", "Accounts.NotYourself");
        }
    }

    /// <summary>What the draft would change, worked out on a copy: the preview changes nothing.</summary>
    private static List<FieldChange> Changes(ApplicationUser user, string? oldRole, AccountDraft draft, bool? active)
    {
        var copy = new ApplicationUser { Id = user.Id, DisplayName = user.DisplayName, GovernorateId = user.GovernorateId, OrganisationId = user.OrganisationId };
        var changes = draft.ApplyTo(copy, oldRole);
        if (active is { } value && value != user.IsActive) changes.Add(new FieldChange { Field = nameof(user.IsActive) });
        return changes;
    }
}
