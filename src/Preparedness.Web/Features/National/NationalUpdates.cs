using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.National;

/// <summary>
/// Keeps open national views live: when someone on this instance has one open, a change anywhere marks the view
/// stale and it is read again from the tallies (a few milliseconds) at most once per window, as dashboards are.
/// </summary>
internal sealed class NationalUpdates : ILiveHandler<TaskChange>
{
    public const string Scope = "national";

    private readonly LiveFeed feed;
    private readonly Coalescer<string, bool> coalescer;

    public NationalUpdates(NationalService national, LiveFeed feed, IOptions<LiveFiguresOptions> options, TimeProvider clock, ILogger<NationalUpdates> logger)
    {
        this.feed = feed;
        coalescer = Coalescer.Of<string, bool>(
            options.Value, async (scope, _) => await feed.PublishAsync(scope, await national.GetAsync(Actor.System)), clock, logger);
    }

    public Task HeardAsync(TaskChange change, CancellationToken ct)
    {
        if (feed.HasSubscribers<NationalFigures>(Scope))
        {
            coalescer.Add(Scope, (_, _) => true);
        }

        return Task.CompletedTask;
    }
}
