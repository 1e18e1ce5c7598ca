using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Structure;

internal static class StructureAccess
{
    /// <summary>Refuses an actor who may read the governorate but not manage its units and organisations.</summary>
    public static void EnsureManages(this Actor actor, int governorateId)
    {
        if (!actor.CanManageStructure(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not manage the structure of governorate {governorateId}");
        }
    }
}
