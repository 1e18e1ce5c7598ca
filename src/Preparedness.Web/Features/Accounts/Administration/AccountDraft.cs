using System.Globalization;
using System.Net.Mail;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Accounts.Administration;

/// <summary>What the administration form sends; the service decides what is allowed.</summary>
public sealed class AccountDraft
{
    /// <summary>Also the user name people sign in with.</summary>
    public string Email { get; set; } = "";
    public string DisplayName { get; set; } = "";
    public string Role { get; set; } = Roles.OrganisationHead;
    public int? GovernorateId { get; set; }
    public int? OrganisationId { get; set; }

    /// <summary>Administrators serve the whole installation; only organisation heads and partners belong to an organisation.</summary>
    internal void Normalize()
    {
        Email = Email.Trim();
        DisplayName = DisplayName.Trim();
        if (Role is Roles.Administrator or Roles.National)
        {
            GovernorateId = null;
        }

        if (!Roles.BelongsToOrganisation(Role))
        {
            OrganisationId = null;
        }
    }

    internal IEnumerable<string> Validate()
    {
        if (Email.Length is 0 or > 256 || !MailAddress.TryCreate(Email, out _))
        {
            yield return "Accounts.EmailInvalid";
        }

        if (DisplayName.Length is 0 or > 200)
        {
            yield return "Accounts.DisplayNameRequired";
        }

        if (!Roles.All.Contains(Role))
        {
            yield return "Accounts.RoleInvalid";
        }
        else if (Role is not (Roles.Administrator or Roles.National) && GovernorateId is null)
        {
            yield return "Accounts.GovernorateRequired";
        }

        if (Roles.BelongsToOrganisation(Role) && OrganisationId is null)
        {
            yield return "Accounts.OrganisationRequired";
        }
    }

    /// <summary>Copies the draft onto the user and returns what changed, field by field, for the audit trail.</summary>
    internal List<FieldChange> ApplyTo(ApplicationUser user, string? role)
    {
        var changes = new List<FieldChange>();
        void Track<T>(string field, T from, T to, Action<T> set)
        {
            if (!EqualityComparer<T>.Default.Equals(from, to))
            {
                changes.Add(new FieldChange { Field = field, From = Text(from), To = Text(to) });
                set(to);
            }
        }

        Track(nameof(user.DisplayName), user.DisplayName is "" ? null : user.DisplayName, DisplayName, v => user.DisplayName = v!);
        Track(nameof(Role), role, Role, _ => { });
        Track(nameof(user.GovernorateId), user.GovernorateId, GovernorateId, v => user.GovernorateId = v);
        Track(nameof(user.OrganisationId), user.OrganisationId, OrganisationId, v => user.OrganisationId = v);
        return changes;
    }

    internal static string? Text<T>(T value) => value switch
    {
        null => null,
        bool b => b ? "true" : "false",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
