using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Npgsql;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// Holds one LISTEN connection per app instance and hands each committed change to its topic.
/// After a lost connection it listens again and asks every screen to re-read, since changes made
/// while it was away were not heard.
/// </summary>
internal sealed class LiveListener(
    IConfiguration configuration,
    LiveFeed feed,
    IEnumerable<ILiveTopic> topics,
    LiveListenerStatus status,
    ILogger<LiveListener> logger,
    IMeterFactory? meters = null) : BackgroundService
{
    private const string ResyncMarker = "";

    private readonly Channel<string> payloads =
        Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Dictionary<string, ILiveTopic> byName = topics.ToDictionary(t => t.Name);

    private LiveMetrics? metrics;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics = meters is null ? null : new LiveMetrics(meters, payloads.Reader);
        return Task.WhenAll(ListenAsync(stoppingToken), DispatchAsync(stoppingToken));
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(ConnectionStrings.ForListening(configuration))
        {
            KeepAlive = 30,
            Pooling = false,
        }.ConnectionString;
        var lostBefore = false;
        while (!ct.IsCancellationRequested)
        {
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                connection.Notification += (_, e) => payloads.Writer.TryWrite(e.Payload);
                await using (var listen = new NpgsqlCommand($"LISTEN {LiveAnnouncer.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                status.Connected();
                if (lostBefore)
                {
                    payloads.Writer.TryWrite(ResyncMarker);
                    lostBefore = false;
                }

                while (!ct.IsCancellationRequested)
                {
                    await connection.WaitAsync(ct);
                }
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                status.Lost();
                lostBefore = true;
                logger.LogWarning(ex, "Live updates: lost the LISTEN connection; retrying");
                await Task.Delay(TimeSpan.FromSeconds(1), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            }
        }
    }

    private async Task DispatchAsync(CancellationToken ct)
    {
        try
        {
            await foreach (var payload in payloads.Reader.ReadAllAsync(ct))
            {
                try
                {
                    await DispatchAsync(payload, ct);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    logger.LogError(ex, "Live updates: could not dispatch {Payload}", payload);
                }
            }
        }
        catch (OperationCanceledException) when (ct.IsCancellationRequested)
        {
        }
    }

    private Task DispatchAsync(string payload, CancellationToken ct)
    {
        if (payload == ResyncMarker)
        {
            return feed.ResyncAllAsync();
        }

        if (LivePayload.Read(payload) is { } envelope && byName.TryGetValue(envelope.Topic, out var topic))
        {
            // Wall-clock time on both ends, as the announcement was stamped (a test's fake clock would distort it).
            metrics?.Heard(envelope, TimeProvider.System.GetUtcNow());
            return topic.DispatchAsync(envelope.Change, ct);
        }

        // Another version of the app (during a rolling upgrade) may announce what this one does not know.
        logger.LogWarning("Live updates: no topic for {Payload}", payload);
        return Task.CompletedTask;
    }
}
