namespace Preparedness.Web.Features.Live;

/// <summary>
/// Another feature's NOTIFY channel, heard on the listener's one connection: what to do with a
/// payload, and after a gap in listening (when payloads may have been missed).
/// </summary>
internal interface ILiveChannel
{
    string Name { get; }

    Task HeardAsync(string payload, CancellationToken ct);

    Task ResyncAsync(CancellationToken ct);
}
