using System.Diagnostics.Metrics;
using System.Threading.Channels;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// The live mechanism's own figures (meter <c>Preparedness.Live</c>): how long a change took from its
/// announcement to this instance's listener, and how many heard changes wait to be handed on.
/// </summary>
internal sealed class LiveMetrics
{
    public const string MeterName = "Preparedness.Live";

    private readonly Histogram<double> lag;

    public LiveMetrics(IMeterFactory factory, ChannelReader<string> queue)
    {
        var meter = factory.Create(MeterName);
        lag = meter.CreateHistogram<double>("preparedness.live.lag", "ms", "From a change's announcement (just before its commit) to this instance's listener.");
        meter.CreateObservableGauge("preparedness.live.queue", () => queue.Count, "{change}", "Heard changes not yet handed to screens and handlers.");
    }

    public void Heard(LivePayload.Envelope envelope, DateTimeOffset now)
    {
        if (envelope.At is { } at)
        {
            lag.Record(Math.Max(0, now.ToUnixTimeMilliseconds() - at), new KeyValuePair<string, object?>("topic", envelope.Topic));
        }
    }
}
