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

    public bool IsNational => Role == Roles.National;

    public bool IsPartner => Role == Roles.Partner;

    /// <summary>Reads every governorate, not one of its own: the administrator and the national role (which writes nothing).</summary>
    public bool ReadsEveryGovernorate => IsAdministrator || IsNational;

    /// <summary>The governorate as a whole (its dashboard, every organisation's tasks, report, meetings): never a partner.</summary>
    public bool CanRead(int governorateId) => !IsPartner && (ReadsEveryGovernorate || GovernorateId == governorateId);

    /// <summary>An organisation head or a partner acting for their own organisation of this governorate.</summary>
    public bool ActsFor(int governorateId, int organisationId) =>
        (IsOrganisationHead || IsPartner) && GovernorateId == governorateId && OrganisationId == organisationId;

    /// <summary>One record of an organisation (a task, a stock entry): whoever reads the governorate, and a partner its own.</summary>
    public bool CanReadOrganisationRecord(int governorateId, int organisationId) =>
        CanRead(governorateId) || (IsPartner && ActsFor(governorateId, organisationId));

    /// <summary>
    /// A governorate's lists of organisations' records (tasks, stock, facilities): whoever reads it, and a partner of it,
    /// whose lists are then narrowed to <see cref="OwnOrganisationScope"/> by the query that builds them.
    /// </summary>
    public bool CanListRecords(int governorateId) =>
        CanRead(governorateId) || (IsPartner && OrganisationId is not null && GovernorateId == governorateId);

    /// <summary>The one organisation a partner's lists are narrowed to; null for everyone else (not narrowed).</summary>
    public int? OwnOrganisationScope => IsPartner ? OrganisationId ?? 0 : null;

    /// <summary>Whether the menus offer the governorate-wide pages (dashboard, units, board, seasons...): never to a partner.</summary>
    public bool SeesGovernoratePages => !IsPartner;

    /// <summary>The national view: every governorate's standing on one screen.</summary>
    public bool CanReadNational => ReadsEveryGovernorate;

    /// <summary>
    /// The readiness report: whoever reads the governorate's dashboard reads its report and each unit's; an
    /// organisation's own report is for that organisation's head (and for everyone who reads the whole governorate).
    /// </summary>
    public bool CanReadReport(int governorateId, int? organisationId) =>
        CanRead(governorateId) && (!IsOrganisationHead || organisationId is null || organisationId == OrganisationId);

    /// <summary>Create, edit and assign tasks.</summary>
    public bool CanManageTasks(int governorateId) =>
        IsAdministrator || (IsSecretariat && GovernorateId == governorateId);

    /// <summary>Record status, progress and notes.</summary>
    public bool CanUpdateProgress(int governorateId, int organisationId) =>
        CanManageTasks(governorateId) || ActsFor(governorateId, organisationId);

    /// <summary>Verify or return work reported done: the military adviser and the secretariat of the governorate.</summary>
    public bool CanReview(int governorateId) =>
        IsAdministrator || ((IsSecretariat || Role == Roles.MilitaryAdviser) && GovernorateId == governorateId);

    public bool CanRaiseConcern(int governorateId) =>
        IsAdministrator || (Role == Roles.MilitaryAdviser && GovernorateId == governorateId);

    public bool CanResolveConcerns(int governorateId) => CanManageTasks(governorateId);

    /// <summary>Open the accounts administration and the audit trail at all; each row is then checked.</summary>
    public bool CanAdministerAccounts => IsAdministrator || (IsSecretariat && GovernorateId is not null);

    /// <summary>The audit trail is read by whoever administers accounts; each row is then limited to the actor's governorate.</summary>
    public bool CanReadAudit => CanAdministerAccounts;

    /// <summary>Create, rename, deactivate and reactivate governorates: the installation's administrators only.</summary>
    public bool CanManageGovernorates => IsAdministrator;

    /// <summary>Manage a governorate's local units and organisations: its secretariat (and administrators).</summary>
    public bool CanManageStructure(int governorateId) =>
        IsAdministrator || (IsSecretariat && GovernorateId == governorateId);

    /// <summary>
    /// Keep a library item: the national library (no governorate) is the administrators'; a governorate's
    /// own items are its secretariat's (and the administrators').
    /// </summary>
    public bool CanEditLibrary(int? governorateId) =>
        governorateId is { } id ? CanManageTasks(id) : IsAdministrator;

    /// <summary>Open and close a governorate's seasons: its secretariat (and administrators).</summary>
    public bool CanManageSeasons(int governorateId) =>
        IsAdministrator || (IsSecretariat && GovernorateId == governorateId);

    /// <summary>The record of every notification's delivery belongs to those who manage the tasks it reminds of.</summary>
    public bool CanReadDeliveryLog(int governorateId) => CanManageTasks(governorateId);

    /// <summary>Record a meeting and give its directives (which become tasks): the governorate's secretariat (and administrators).</summary>
    public bool CanRecordMeetings(int governorateId) =>
        IsAdministrator || (IsSecretariat && GovernorateId == governorateId);

    /// <summary>A governorate's meetings and their directives are read by everyone of it, as its tasks are.</summary>
    public bool CanReadMeetings(int governorateId) => CanRead(governorateId);

    public bool CanReadAnyMeetings => InOwnGovernorate(CanReadMeetings);

    /// <summary>A governorate's hospitals and blood stock are read by everyone of it, as its tasks are.</summary>
    public bool CanReadHealth(int governorateId) => CanRead(governorateId);

    public bool CanReadAnyHealth => ReadsEveryGovernorate || InOwnGovernorate(CanListHealth);

    /// <summary>The health page: whoever reads the governorate, and a partner the facilities its organisation holds.</summary>
    public bool CanListHealth(int governorateId) => CanReadHealth(governorateId) || CanListRecords(governorateId);

    /// <summary>One hospital or blood stock: whoever reads the health pack, and a partner those its organisation holds.</summary>
    public bool CanReadFacility(int governorateId, int holderOrganisationId) =>
        CanReadHealth(governorateId) || CanReadOrganisationRecord(governorateId, holderOrganisationId);

    /// <summary>
    /// Report a hospital's readiness or a blood stock: the heads of the organisation that holds it (the health
    /// directorate), and administrators. The secretariat and the others read it and are told when stock runs low.
    /// </summary>
    public bool CanUpdateHealth(int governorateId, int holderOrganisationId) =>
        IsAdministrator || ActsFor(governorateId, holderOrganisationId);

    /// <summary>A governorate's resources and critical stock are read by everyone who reads the governorate.</summary>
    public bool CanReadResources(int governorateId) => CanRead(governorateId);

    /// <summary>The resources page: whoever reads them, and a partner its own organisation's stock (ResourceQueries narrows it).</summary>
    public bool CanListResources(int governorateId) => CanReadResources(governorateId) || CanListRecords(governorateId);

    /// <summary>One stock entry: whoever reads the resources, and a partner its own organisation's.</summary>
    public bool CanReadStockOf(int governorateId, int organisationId) =>
        CanReadResources(governorateId) || CanReadOrganisationRecord(governorateId, organisationId);

    /// <summary>Record what an organisation holds and check it: its head (the holder), as for its tasks; the secretariat too.</summary>
    public bool CanUpdateStock(int governorateId, int organisationId) => CanUpdateProgress(governorateId, organisationId);

    /// <summary>Set the minimum level of a resource type in a local unit: the governorate's secretariat (and administrators).</summary>
    public bool CanManageResourceMinimums(int governorateId) =>
        IsAdministrator || (IsSecretariat && GovernorateId == governorateId);

    /// <summary>Turn a resource gap into a readiness task: whoever creates tasks.</summary>
    public bool CanTurnGapIntoTask(int governorateId) => CanManageTasks(governorateId);

    /// <summary>The bilingual list of resource types is the installation's: administrators keep it.</summary>
    public bool CanManageResourceTypes => IsAdministrator;

    public bool CanReadAnyResources => ReadsEveryGovernorate || InOwnGovernorate(CanListResources);

    /// <summary>Only an organisation head or a partner has a list of their own organisation's tasks.</summary>
    public bool HasOwnTasks => (IsOrganisationHead || IsPartner) && GovernorateId is not null && OrganisationId is not null;

    /// <summary>The job dashboard shows every governorate's job arguments and can delete jobs.</summary>
    public bool CanOpenJobsDashboard => IsAdministrator;

    // The menus' questions: may the actor do this in the governorate they work in (any, for the administrator)?
    // Each reuses the rule its page's service asks, so a link is shown exactly when its page would work.
    public bool CanManageAnyTasks => InOwnGovernorate(CanManageTasks);

    public bool CanReviewAnyWork => InOwnGovernorate(CanReview);

    public bool CanReadAnyDeliveryLog => InOwnGovernorate(CanReadDeliveryLog);

    public bool CanManageAnyStructure => InOwnGovernorate(CanManageStructure);

    public bool CanManageAnySeasons => InOwnGovernorate(CanManageSeasons);

    public bool CanReadAnyReport => InOwnGovernorate(g => CanReadReport(g, null));

    /// <summary>
    /// Create or change an account with this role in this governorate, or act on one that has them.
    /// The secretariat manages its own governorate's accounts, never an administrator's.
    /// </summary>
    public bool CanManageAccount(string role, int? governorateId) =>
        IsAdministrator || (IsSecretariat && GovernorateId is not null && governorateId == GovernorateId && role != Roles.Administrator);

    /// <summary>
    /// The accounts whose password only an administrator may reset: whoever could set one of these passwords
    /// could sign in as the governorate's leadership, so the secretariat may not, even in its own governorate.
    /// </summary>
    public static readonly IReadOnlySet<string> AdministratorResetsPassword =
        new HashSet<string> { Roles.Administrator, Roles.National, Roles.Governor, Roles.Secretariat, Roles.MilitaryAdviser };

    /// <summary>Issue a set-password link (a new one, or the first one shown to the creator) for an account with this role.</summary>
    public bool CanIssuePasswordLink(string role, int? governorateId) =>
        CanManageAccount(role, governorateId) && (IsAdministrator || !AdministratorResetsPassword.Contains(role));

    /// <summary>Lift a sign-in lock (wrong passwords from an address, or wrong second-factor codes): whoever manages the account.</summary>
    public bool CanUnlockSignIn(string role, int? governorateId) => CanManageAccount(role, governorateId);

    /// <summary>Record, edit and retire a governorate's cooperation agreements and add their commitments: its secretariat (and administrators).</summary>
    public bool CanManageAgreements(int governorateId) =>
        IsAdministrator || (IsSecretariat && GovernorateId == governorateId);

    /// <summary>
    /// An agreement is read by whoever reads its governorate, and also by the heads of the organisations party
    /// to it — a partner organisation's account may not read the whole governorate, but reads what it signed.
    /// </summary>
    public bool CanReadAgreement(int governorateId, IReadOnlyCollection<int> partyOrganisationIds) =>
        CanRead(governorateId) || (OrganisationId is { } own && partyOrganisationIds.Contains(own));

    /// <summary>The agreements page: whoever reads a governorate, or belongs to an organisation that may be party to one.</summary>
    public bool CanReadAnyAgreements => ReadsEveryGovernorate || InOwnGovernorate(CanRead) || OrganisationId is not null;

    public bool CanManageAnyAgreements => InOwnGovernorate(CanManageAgreements);

    private bool InOwnGovernorate(Func<int, bool> rule) => IsAdministrator || (GovernorateId is { } id && rule(id));

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

    /// <summary>
    /// Add a hospital held by an organisation, or retire one: whoever reports its figures (<see cref="CanUpdateHealth"/>,
    /// the health directorate's heads) and the governorate's secretariat.
    /// </summary>
    public bool CanManageHospitals(int governorateId, int holderOrganisationId) =>
        CanUpdateHealth(governorateId, holderOrganisationId) || (IsSecretariat && GovernorateId == governorateId);
}
