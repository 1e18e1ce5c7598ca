using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Seasons;

internal static class SeasonAccess
{
    public static void Ensure(Actor actor, int governorateId)
    {
        if (!actor.CanManageSeasons(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not manage the seasons of governorate {governorateId}");
        }
    }
}
