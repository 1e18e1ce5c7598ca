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
internal sealed class NationalUpdates(NationalService national, LiveFeed feed, IOptions<LiveFiguresOptions> options, TimeProvider clock, ILogger<NationalUpdates> logger)
    : ILiveHandler<TaskChange>
{
    public const string Scope = "national";

    private readonly Lock gate = new();
    private bool pending;
    private bool running;

    public Task HeardAsync(TaskChange change, CancellationToken ct)
    {
        if (!feed.HasSubscribers<NationalFigures>(Scope))
        {
            return Task.CompletedTask;
        }

        lock (gate)
        {
            pending = true;
            if (running)
            {
                return Task.CompletedTask;
            }

            running = true;
        }

        _ = RunAsync();
        return Task.CompletedTask;
    }

    private async Task RunAsync()
    {
        while (true)
        {
            lock (gate)
            {
                if (!pending)
                {
                    running = false;
                    return;
                }

                pending = false;
            }

            try
            {
                await feed.PublishAsync(Scope, await national.GetAsync(Actor.System));
            }
            catch (Exception ex)
            {
                logger.LogError(ex, "Live updates: could not read the national figures");
            }

            await Task.Delay(TimeSpan.FromMilliseconds(Math.Max(1, options.Value.CoalesceMilliseconds)), clock);
        }
    }
}
