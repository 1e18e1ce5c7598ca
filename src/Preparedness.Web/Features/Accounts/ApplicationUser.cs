using Microsoft.AspNetCore.Identity;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Accounts;

internal sealed class ApplicationUser : IdentityUser
{
    public string DisplayName { get; set; } = "";

    /// <summary>Null only for administrators, who serve the whole installation.</summary>
    public int? GovernorateId { get; set; }
    public Governorate? Governorate { get; set; }

    /// <summary>Set for organisation heads: the one organisation whose tasks they change.</summary>
    public int? OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }

    /// <summary>"ar-EG" or "en"; the culture cookie is written from it at sign-in.</summary>
    public string PreferredCulture { get; set; } = Localization.Cultures.Default;

    /// <summary>The user turned reminder emails off; in-app notifications still arrive. Off by default, so email is on.</summary>
    public bool EmailOptOut { get; set; }

    /// <summary>A deactivated account cannot sign in, and its open screens lose access at the next check.
    /// Accounts are deactivated, never deleted: the audit trail and task history keep pointing at them.</summary>
    public bool IsActive { get; set; } = true;
}
