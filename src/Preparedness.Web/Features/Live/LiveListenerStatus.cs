namespace Preparedness.Web.Features.Live;

/// <summary>
/// Whether this instance hears committed changes: its LISTEN connection delivered the listener's own
/// heartbeat recently. An instance that does not shows stale screens, so it is not ready and its screens
/// say live updates are paused.
/// </summary>
internal sealed class LiveListenerStatus
{
    private readonly TaskCompletionSource<StartOutcome> firstOutcome = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private volatile bool listening;

    public enum StartOutcome
    {
        /// <summary>The first LISTEN connection delivered the heartbeat.</summary>
        Heard,

        /// <summary>It accepted LISTEN but delivered nothing within the bound: LISTEN is not supported there.</summary>
        Silent,

        /// <summary>It could not be opened at all (the database is down): not a reason to refuse LISTEN.</summary>
        Unreachable,
    }

    public bool IsListening => listening;

    /// <summary>Raised whenever <see cref="IsListening"/> changes (screens show or hide "live updates paused").</summary>
    public event Action? Changed;

    /// <summary>How the first connection went, for the check at start.</summary>
    public Task<StartOutcome> FirstOutcome => firstOutcome.Task;

    public void Connected()
    {
        firstOutcome.TrySetResult(StartOutcome.Heard);
        Set(true);
    }

    public void Lost(StartOutcome why)
    {
        firstOutcome.TrySetResult(why);
        Set(false);
    }

    private void Set(bool value)
    {
        if (listening != value)
        {
            listening = value;
            Changed?.Invoke();
        }
    }
}
