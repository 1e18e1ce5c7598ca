using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Resources;

/// <summary>
/// Computes a governorate's resource figures once per heard change, on each instance, only when a dashboard here
/// shows them, and hands them to those dashboards: no open screen queries on a change.
/// </summary>
internal sealed class ResourceFiguresUpdates(ResourceQueries queries, LiveFeed feed) : ILiveHandler<ResourceChange>
{
    public async Task HeardAsync(ResourceChange change, CancellationToken ct)
    {
        var scope = LiveScope.Governorate(change.GovernorateId);
        if (!feed.HasSubscribers<ResourceFiguresUpdate>(scope))
        {
            return;
        }

        var figures = await queries.FiguresAsync(Actor.System, change.GovernorateId, ct: ct);
        await feed.PublishAsync(scope, new ResourceFiguresUpdate(change.GovernorateId, figures, change));
    }
}
