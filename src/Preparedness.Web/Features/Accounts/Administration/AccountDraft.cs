using System.Net.Mail;

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

    /// <summary>Administrators serve the whole installation; only organisation heads belong to an organisation.</summary>
    internal void Normalize()
    {
        Email = Email.Trim();
        DisplayName = DisplayName.Trim();
        if (Role == Roles.Administrator)
        {
            GovernorateId = null;
        }

        if (Role != Roles.OrganisationHead)
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
        else if (Role != Roles.Administrator && GovernorateId is null)
        {
            yield return "Accounts.GovernorateRequired";
        }

        if (Role == Roles.OrganisationHead && OrganisationId is null)
        {
            yield return "Accounts.OrganisationRequired";
        }
    }
}
