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

    public static readonly IReadOnlyList<string> All =
        [Administrator, Secretariat, OrganisationHead, MilitaryAdviser, Governor, OperationsRoom, National];
}
