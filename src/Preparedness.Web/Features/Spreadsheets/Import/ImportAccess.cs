using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// Who may import what, by the rules of the pages that make the same records one by one: the structure and
/// tasks are the secretariat's (of that governorate) and the administrators'; accounts are whoever may create
/// a governorate's accounts on the users page. Everyone else is refused, whatever the request.
/// </summary>
internal static class ImportAccess
{
    public static bool CanImport(this Actor actor, ImportKind kind, int governorateId) => kind switch
    {
        ImportKind.Structure => actor.CanManageStructure(governorateId),
        ImportKind.Tasks => actor.CanManageTasks(governorateId),
        ImportKind.Users => actor.CanAdministerAccounts && actor.CanManageAccount(Roles.OrganisationHead, governorateId),
        _ => false,
    };

    /// <summary>The menu's question: some import, in the actor's own governorate (any, for an administrator).</summary>
    public static bool CanImportAny(this Actor actor) =>
        actor.IsAdministrator || (actor.GovernorateId is { } own && Enum.GetValues<ImportKind>().Any(k => actor.CanImport(k, own)));

    public static void EnsureImports(this Actor actor, ImportKind kind, int governorateId)
    {
        if (!actor.CanImport(kind, governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not import {kind} into governorate {governorateId}");
        }
    }
}
