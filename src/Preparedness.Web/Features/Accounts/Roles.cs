namespace Preparedness.Web.Features.Accounts;

internal static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Secretariat = nameof(Secretariat);
    public const string OrganisationHead = nameof(OrganisationHead);
    public const string MilitaryAdviser = nameof(MilitaryAdviser);
    public const string Governor = nameof(Governor);
    public const string OperationsRoom = nameof(OperationsRoom);

    /// <summary>Reads every governorate's figures (e.g. the cabinet's operations room) and changes nothing.</summary>
    public const string National = nameof(National);

    /// <summary>
    /// A partner organisation's account (the Red Crescent, an NGO, the blood transfusion centre) of one governorate:
    /// it sees and updates only its own organisation's work, never the governorate's.
    /// </summary>
    public const string Partner = nameof(Partner);

    /// <summary>The roles that act for one organisation of their governorate (its tasks, its stock).</summary>
    public static bool BelongsToOrganisation(string? role) => role is OrganisationHead or Partner;

    public static readonly IReadOnlyList<string> All =
        [Administrator, Secretariat, OrganisationHead, MilitaryAdviser, Governor, OperationsRoom, National, Partner];
}
