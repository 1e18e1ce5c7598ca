using Microsoft.AspNetCore.SignalR;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard.Board;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;

namespace Preparedness.Web.Features.Dashboard;

/// <summary>
/// What screens of a governorate receive after a change to its figures: the change (null when the
/// figures moved for another reason, e.g. a concern) and the figures computed once for everyone.
/// </summary>
public sealed record LiveUpdate(int GovernorateId, TaskChange? Change, DashboardFigures Figures);

/// <summary>
/// Computes a governorate's figures once per heard change and sends them to its dashboards
/// (<see cref="LiveFeed"/>) and its hub group (wall boards, other systems).
/// </summary>
internal sealed class ReadinessUpdates : ILiveHandler<TaskChange>, ILiveHandler<ConcernChange>
{
    private readonly DashboardService dashboard;
    private readonly LiveFeed feed;
    private readonly IHubContext<ReadinessHub, IReadinessClient> hub;

    public ReadinessUpdates(DashboardService dashboard, LiveFeed feed, IHubContext<ReadinessHub, IReadinessClient> hub)
    {
        (this.dashboard, this.feed, this.hub) = (dashboard, feed, hub);
        feed.Resyncing += () => hub.Clients.All.Resync();
    }

    public Task HeardAsync(TaskChange change, CancellationToken ct) => PublishAsync(change.GovernorateId, change, ct);

    public Task HeardAsync(ConcernChange change, CancellationToken ct) => PublishAsync(change.GovernorateId, null, ct);

    private async Task PublishAsync(int governorateId, TaskChange? change, CancellationToken ct)
    {
        var figures = await dashboard.GetAsync(Actor.System, governorateId, ct);
        var update = new LiveUpdate(governorateId, change, figures);
        await hub.Clients.Group(ReadinessHub.GroupFor(governorateId)).ReadinessChanged(BoardUpdate.From(update));
        await feed.PublishAsync(LiveScope.Governorate(governorateId), update);
    }
}
