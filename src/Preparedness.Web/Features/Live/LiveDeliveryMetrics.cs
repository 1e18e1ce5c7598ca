using System.Diagnostics.Metrics;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// The delivery side of meter <c>Preparedness.Live</c>: how long a change took from its commit to the screens and the hub
/// (a banner at once, the figures after coalescing), how much work waits, and how much was saved by coalescing.
/// </summary>
internal sealed class LiveDeliveryMetrics
{
    private readonly Histogram<double> lag;
    private readonly Counter<long> recomputes;
    private readonly Counter<long> skipped;
    private int pending;

    public LiveDeliveryMetrics(IMeterFactory factory)
    {
        var meter = factory.Create(LiveMetrics.MeterName);
        lag = meter.CreateHistogram<double>("preparedness.live.delivery.lag", "ms", "From a change's commit to its hand-over to screens and hub (kind: banner or figures).");
        recomputes = meter.CreateCounter<long>("preparedness.live.recomputes", "{recompute}", "Figures computed for live screens; a burst of changes costs one per window.");
        skipped = meter.CreateCounter<long>("preparedness.live.skipped", "{change}", "Changes to a governorate nobody on this instance watches: nothing computed.");
        meter.CreateObservableGauge("preparedness.live.pending", () => Volatile.Read(ref pending), "{governorate}", "Governorates with changes waiting for their figures (at most one entry each).");
    }

    public int Pending => Volatile.Read(ref pending);

    public void Delivered(string kind, DateTimeOffset committedAt) =>
        lag.Record(Math.Max(0, (TimeProvider.System.GetUtcNow() - committedAt).TotalMilliseconds), new KeyValuePair<string, object?>("kind", kind));

    public void Recomputed() => recomputes.Add(1);

    public void Skipped() => skipped.Add(1);

    public void PendingChanged(int delta) => Interlocked.Add(ref pending, delta);
}
