namespace Preparedness.Web.Features.Accounts;

internal static class Roles
{
    public const string Administrator = nameof(Administrator);
    public const string Secretariat = nameof(Secretariat);
    public const string OrganisationHead = nameof(OrganisationHead);
    public const string MilitaryAdviser = nameof(MilitaryAdviser);
    public const string Governor = nameof(Governor);
    public const string OperationsRoom = nameof(OperationsRoom);

    public static readonly IReadOnlyList<string> All =
        [Administrator, Secretariat, OrganisationHead, MilitaryAdviser, Governor, OperationsRoom];
}
