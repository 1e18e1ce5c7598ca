using System.Security.Claims;

namespace Preparedness.Web.Features.Accounts;

/// <summary>
/// Who is acting, read on the server from the signed-in principal's claims (never from input).
/// Every service that reads or changes governorate data takes one and asks it.
/// </summary>
public sealed record Actor(string UserId, string Name, string Role, int? GovernorateId, int? OrganisationId, string? Address = null)
{
    public const string GovernorateClaim = "preparedness:governorate";
    public const string OrganisationClaim = "preparedness:organisation";
    public const string DisplayNameClaim = "preparedness:name";

    /// <summary>The address the request came from; added to every request's user, never stored in the cookie.</summary>
    public const string AddressClaim = "preparedness:address";

    /// <summary>The app itself, reading figures once to push them to every screen of a governorate.</summary>
    internal static readonly Actor System = new("system", "system", Roles.Administrator, null, null);

    public bool IsAdministrator => Role == Roles.Administrator;

    public bool IsSecretariat => Role == Roles.Secretariat;

    public bool IsOrganisationHead => Role == Roles.OrganisationHead;

    public bool CanRead(int governorateId) => IsAdministrator || GovernorateId == governorateId;

    /// <summary>Create, edit and assign tasks.</summary>
    public bool CanManageTasks(int governorateId) =>
        IsAdministrator || (IsSecretariat && GovernorateId == governorateId);

    /// <summary>Record status, progress and notes.</summary>
    public bool CanUpdateProgress(int governorateId, int organisationId) =>
        CanManageTasks(governorateId)
        || (IsOrganisationHead && GovernorateId == governorateId && OrganisationId == organisationId);

    /// <summary>Verify or return work reported done: the military adviser and the secretariat of the governorate.</summary>
    public bool CanReview(int governorateId) =>
        IsAdministrator || ((IsSecretariat || Role == Roles.MilitaryAdviser) && GovernorateId == governorateId);

    public bool CanRaiseConcern(int governorateId) =>
        IsAdministrator || (Role == Roles.MilitaryAdviser && GovernorateId == governorateId);

    public bool CanResolveConcerns(int governorateId) => CanManageTasks(governorateId);

    /// <summary>Open the accounts administration and the audit trail at all; each row is then checked.</summary>
    public bool CanAdministerAccounts => IsAdministrator || (IsSecretariat && GovernorateId is not null);

    /// <summary>
    /// Create or change an account with this role in this governorate, or act on one that has them.
    /// The secretariat manages its own governorate's accounts, never an administrator's.
    /// </summary>
    public bool CanManageAccount(string role, int? governorateId) =>
        IsAdministrator || (IsSecretariat && GovernorateId is not null && governorateId == GovernorateId && role != Roles.Administrator);

    public static Actor? From(ClaimsPrincipal principal)
    {
        var id = principal.FindFirstValue(ClaimTypes.NameIdentifier);
        var role = Roles.All.FirstOrDefault(principal.IsInRole);
        if (id is null || role is null)
        {
            return null;
        }

        return new Actor(
            id,
            principal.FindFirstValue(DisplayNameClaim) ?? principal.Identity?.Name ?? id,
            role,
            ParseInt(principal.FindFirstValue(GovernorateClaim)),
            ParseInt(principal.FindFirstValue(OrganisationClaim)),
            principal.FindFirstValue(AddressClaim));
    }

    private static int? ParseInt(string? value) => int.TryParse(value, out var n) ? n : null;
}
