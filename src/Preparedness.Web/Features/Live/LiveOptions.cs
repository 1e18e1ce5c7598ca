using System.ComponentModel.DataAnnotations;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// How the listener proves it still hears (Preparedness:Live): it announces a heartbeat through the app's
/// own connection and must hear it on its LISTEN connection within <see cref="MissedAfterSeconds"/>.
/// </summary>
internal sealed class LiveOptions
{
    public const string Section = "Preparedness:Live";

    [Range(0.05, 60)]
    public double HeartbeatSeconds { get; set; } = 5;

    /// <summary>Silence longer than this is an error: the listener reconnects and the instance is not ready.</summary>
    [Range(0.2, 600)]
    public double MissedAfterSeconds { get; set; } = 15;

    /// <summary>The first wait after a lost connection; it doubles up to <see cref="ReconnectMaxSeconds"/>.</summary>
    [Range(0.01, 60)]
    public double ReconnectMinSeconds { get; set; } = 0.2;

    [Range(0.01, 300)]
    public double ReconnectMaxSeconds { get; set; } = 1;

    /// <summary>
    /// At start, a LISTEN connection that connects but delivers nothing (a pooler in transaction mode) stops
    /// the app; false only logs it as critical and serves with live updates paused.
    /// </summary>
    public bool RefuseStartWithoutDelivery { get; set; } = true;

    public TimeSpan Heartbeat => TimeSpan.FromSeconds(HeartbeatSeconds);

    public TimeSpan MissedAfter => TimeSpan.FromSeconds(MissedAfterSeconds);

    public TimeSpan ReconnectDelay(int failures) =>
        TimeSpan.FromSeconds(Math.Min(ReconnectMaxSeconds, ReconnectMinSeconds * Math.Pow(2, Math.Min(failures, 16))));
}
