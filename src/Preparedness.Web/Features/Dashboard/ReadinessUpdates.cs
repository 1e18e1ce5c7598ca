using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard.Board;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;

namespace Preparedness.Web.Features.Dashboard;

/// <summary>
/// What screens of a governorate receive after changes to its figures: the latest change (null when the figures
/// moved for another reason, e.g. a concern) and the figures computed once for everyone.
/// </summary>
public sealed record LiveUpdate(int GovernorateId, TaskChange? Change, DashboardFigures Figures);

/// <summary>
/// Live figures at national scale. A change reaches the hub as a banner at once; its governorate's figures are
/// computed only when someone on this instance watches it (a dashboard or a hub connection), at once after a quiet
/// spell and then at most once per window however many changes arrive (<see cref="FigureWindows"/>). The listener
/// never waits: heard changes only mark their governorate, so the work waiting is bounded by the number of governorates.
/// </summary>
internal sealed class ReadinessUpdates : ILiveHandler<TaskChange>, ILiveHandler<ConcernChange>
{
    private readonly DashboardService dashboard;
    private readonly LiveFeed feed;
    private readonly IHubContext<ReadinessHub, IReadinessClient> hub;
    private readonly BoardWatchers watchers;
    private readonly LiveDeliveryMetrics metrics;
    private readonly FigureWindows windows;
    private readonly ILogger<ReadinessUpdates> logger;

    public ReadinessUpdates(
        DashboardService dashboard,
        LiveFeed feed,
        IHubContext<ReadinessHub, IReadinessClient> hub,
        BoardWatchers watchers,
        LiveDeliveryMetrics metrics,
        IOptions<LiveFiguresOptions> options,
        TimeProvider clock,
        ILogger<ReadinessUpdates> logger)
    {
        (this.dashboard, this.feed, this.hub, this.watchers, this.metrics, this.logger) = (dashboard, feed, hub, watchers, metrics, logger);
        windows = new FigureWindows(options.Value, metrics, PublishAsync, clock, logger);
        feed.Resyncing += () =>
        {
            windows.Forget();
            return hub.Clients.All.Resync();
        };
    }

    public Task HeardAsync(TaskChange change, CancellationToken ct)
    {
        if (!Watched(change.GovernorateId))
        {
            metrics.Skipped();
            return Task.CompletedTask;
        }

        if (watchers.AnyWatching(change.GovernorateId))
        {
            _ = SendBannerAsync(change);
        }

        windows.Changed(change.GovernorateId, change);
        return Task.CompletedTask;
    }

    public Task HeardAsync(ConcernChange change, CancellationToken ct)
    {
        if (Watched(change.GovernorateId))
        {
            windows.Changed(change.GovernorateId, null);
        }
        else
        {
            metrics.Skipped();
        }

        return Task.CompletedTask;
    }

    private bool Watched(int governorateId) =>
        watchers.AnyWatching(governorateId) || feed.HasSubscribers<LiveUpdate>(LiveScope.Governorate(governorateId));

    private async Task SendBannerAsync(TaskChange change)
    {
        try
        {
            await hub.Clients.Group(ReadinessHub.GroupFor(change.GovernorateId)).ReadinessChanged(new BoardUpdate(change, null));
            metrics.Delivered("banner", change.At);
        }
        catch (Exception ex)
        {
            logger.LogWarning(ex, "Live updates: could not send a banner to governorate {Governorate}", change.GovernorateId);
        }
    }

    private async Task PublishAsync(int governorateId, TaskChange? latest, BoardFigures? before, DateTimeOffset firstHeard, CancellationToken ct)
    {
        var figures = await dashboard.GetAsync(Actor.System, governorateId, ct);
        metrics.Recomputed();
        var board = BoardFigures.From(figures);
        windows.Sent(governorateId, board);
        if (watchers.AnyWatching(governorateId))
        {
            await hub.Clients.Group(ReadinessHub.GroupFor(governorateId)).ReadinessChanged(new BoardUpdate(null, board.Since(before)));
        }

        await feed.PublishAsync(LiveScope.Governorate(governorateId), new LiveUpdate(governorateId, latest, figures));
        metrics.Delivered("figures", firstHeard);
    }
}
