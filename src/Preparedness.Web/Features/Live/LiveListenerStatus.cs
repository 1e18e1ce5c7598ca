namespace Preparedness.Web.Features.Live;

/// <summary>Whether this instance's LISTEN connection is up: an instance without it shows stale screens, so it is not ready.</summary>
internal sealed class LiveListenerStatus
{
    private volatile bool listening;

    public bool IsListening => listening;

    public void Connected() => listening = true;

    public void Lost() => listening = false;
}
