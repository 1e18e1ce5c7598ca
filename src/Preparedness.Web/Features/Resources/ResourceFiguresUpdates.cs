using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Resources;

/// <summary>
/// Computes a governorate's resource figures on each instance only when a dashboard here shows them, coalesced like
/// the task figures (<see cref="Coalescer"/>: at once after a quiet spell, then at most once per window), and hands
/// them to those dashboards: no open screen queries on a change, and the listener never waits for the query.
/// </summary>
internal sealed class ResourceFiguresUpdates : ILiveHandler<ResourceChange>
{
    private readonly LiveFeed feed;
    private readonly Coalescer<int, ResourceChange> coalescer;

    public ResourceFiguresUpdates(ResourceQueries queries, LiveFeed feed, IOptions<LiveFiguresOptions> options, TimeProvider clock, ILogger<ResourceFiguresUpdates> logger)
    {
        this.feed = feed;
        coalescer = Coalescer.Of<int, ResourceChange>(
            options.Value,
            async (governorateId, latest) =>
            {
                var figures = await queries.FiguresAsync(Actor.System, governorateId);
                await feed.PublishAsync(LiveScope.Governorate(governorateId), new ResourceFiguresUpdate(governorateId, figures, latest));
            },
            clock,
            logger);
    }

    public Task HeardAsync(ResourceChange change, CancellationToken ct)
    {
        if (feed.HasSubscribers<ResourceFiguresUpdate>(LiveScope.Governorate(change.GovernorateId)))
        {
            coalescer.Add(change.GovernorateId, (_, _) => change);
        }

        return Task.CompletedTask;
    }
}
