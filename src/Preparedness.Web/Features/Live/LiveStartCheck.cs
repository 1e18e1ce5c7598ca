using Microsoft.Extensions.Options;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// Before the app serves: the listener's first connection must deliver its heartbeat. One that accepts
/// LISTEN and delivers nothing (a pooler in transaction mode) would leave every screen stale without a
/// word, so the app refuses to start, or with <see cref="LiveOptions.RefuseStartWithoutDelivery"/> off says
/// so as a critical error. A database that cannot be reached at all is not this mistake: it only warns.
/// </summary>
internal sealed class LiveStartCheck(LiveListenerStatus status, IOptions<LiveOptions> options, ILogger<LiveStartCheck> logger) : IHostedService
{
    // Opening the connection may itself take a while (a connect timeout) before the bound starts.
    private static readonly TimeSpan ConnectAllowance = TimeSpan.FromSeconds(20);

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var bound = options.Value.MissedAfter;
        var outcome = await status.FirstOutcome.WaitAsync(bound + ConnectAllowance, cancellationToken)
            .ContinueWith(t => t.IsCompletedSuccessfully ? t.Result : LiveListenerStatus.StartOutcome.Unreachable, TaskScheduler.Default);
        switch (outcome)
        {
            case LiveListenerStatus.StartOutcome.Silent when options.Value.RefuseStartWithoutDelivery:
                throw new InvalidOperationException(Silent(bound) + $" Set {LiveOptions.Section}:RefuseStartWithoutDelivery=false to start anyway with live updates paused.");
            case LiveListenerStatus.StartOutcome.Silent:
                logger.LogCritical("{Problem} Serving anyway (RefuseStartWithoutDelivery=false): screens show \"live updates paused\".", Silent(bound));
                break;
            case LiveListenerStatus.StartOutcome.Unreachable:
                logger.LogWarning("Live updates: the LISTEN connection could not be opened at start; retrying in the background.");
                break;
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static string Silent(TimeSpan bound) =>
        $"Live updates: the LISTEN connection (ConnectionStrings:{ConnectionStrings.Listen}, or ConnectionStrings:{ConnectionStrings.Main} when unset) "
        + $"accepted LISTEN but delivered no notification within {bound.TotalSeconds:0.#} s: it does not support LISTEN "
        + "(PgBouncer in transaction or statement mode does this). Point it at the PostgreSQL server itself or at a session-mode pool.";
}
