using System.Diagnostics.Metrics;
using System.Threading.Channels;
using Microsoft.Extensions.Options;
using Npgsql;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// Holds one LISTEN connection per app instance and hands each committed change to its topic.
/// It must hear its own heartbeat (<see cref="LiveHeartbeat"/>) within a bound, or it counts the connection
/// as lost: a LISTEN that silently delivers nothing is the worst failure, stale screens with no error.
/// After a loss it listens again and, once heard, asks every screen to re-read, since changes made while
/// it was away were not heard.
/// </summary>
internal sealed class LiveListener(
    IConfiguration configuration,
    LiveFeed feed,
    IEnumerable<ILiveTopic> topics,
    LiveListenerStatus status,
    IOptions<LiveOptions> options,
    ILogger<LiveListener> logger,
    IMeterFactory? meters = null) : BackgroundService
{
    private const string ResyncMarker = "";

    private readonly Channel<string> payloads =
        Channel.CreateUnbounded<string>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Dictionary<string, ILiveTopic> byName = topics.ToDictionary(t => t.Name);

    private LiveMetrics? metrics;

    // Set when the connection was lost; the first heartbeat heard on a new one then makes the screens re-read.
    private bool lostBefore;

    protected override Task ExecuteAsync(CancellationToken stoppingToken)
    {
        metrics = meters is null ? null : new LiveMetrics(meters, payloads.Reader);
        return Task.WhenAll(ListenAsync(stoppingToken), DispatchAsync(stoppingToken));
    }

    private async Task ListenAsync(CancellationToken ct)
    {
        var builder = new NpgsqlConnectionStringBuilder(ConnectionStrings.ForListening(configuration)) { Pooling = false };
        // An idle LISTEN connection to a vanished host is found dead by keepalive; the operator's value wins (deploy/README.md).
        builder.KeepAlive = builder.KeepAlive > 0 ? builder.KeepAlive : 30;
        var connectionString = builder.ConnectionString;
        var heartbeat = new LiveHeartbeat(configuration.GetConnectionString(ConnectionStrings.Main) ?? connectionString);
        var beating = BeatAsync(heartbeat, ct);
        for (var failures = 0; !ct.IsCancellationRequested; failures++)
        {
            var opened = false;
            try
            {
                await using var connection = new NpgsqlConnection(connectionString);
                await connection.OpenAsync(ct);
                opened = true;
                var heardHere = false;
                var floor = long.MaxValue;
                connection.Notification += (_, e) =>
                {
                    if (LiveHeartbeat.IsHeartbeat(e.Payload))
                    {
                        if (heartbeat.IsMineSince(e.Payload, floor))
                        {
                            heartbeat.Heard();
                            if (!heardHere)
                            {
                                heardHere = true;
                                failures = -1;
                                Heard();
                            }
                        }

                        return;
                    }

                    if (heardHere)
                    {
                        heartbeat.Heard();
                    }

                    payloads.Writer.TryWrite(e.Payload);
                };
                await using (var listen = new NpgsqlCommand($"LISTEN {LiveAnnouncer.Channel}", connection))
                {
                    await listen.ExecuteNonQueryAsync(ct);
                }

                // The silence is counted from here; the first heartbeat goes at once, not a period later.
                floor = heartbeat.Next;
                heartbeat.Heard();
                await heartbeat.TrySendAsync(ct);
                await WatchAsync(connection, heartbeat, ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                break;
            }
            catch (HeartbeatMissedException ex)
            {
                status.Lost(LiveListenerStatus.StartOutcome.Silent);
                lostBefore = true;
                logger.LogError(
                    "Live updates: paused. {Message} Reconnecting; screens show \"live updates paused\" until it is heard again. "
                    + "A pooler in transaction mode (PgBouncer) delivers no notifications: point ConnectionStrings:{Listen} at the server itself.",
                    ex.Message,
                    ConnectionStrings.Listen);
            }
            catch (Exception ex)
            {
                status.Lost(opened ? LiveListenerStatus.StartOutcome.Silent : LiveListenerStatus.StartOutcome.Unreachable);
                lostBefore = true;
                logger.LogWarning(ex, "Live updates: lost the LISTEN connection; retrying");
            }

            await Task.Delay(options.Value.ReconnectDelay(Math.Max(failures, 0)), ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
        }

        await beating;
    }

    private void Heard()
    {
        status.Connected();
        if (lostBefore)
        {
            logger.LogInformation("Live updates: hearing again; open screens re-read");
            payloads.Writer.TryWrite(ResyncMarker);
            lostBefore = false;
        }
    }

    /// <summary>Waits for notifications until the heartbeat has been silent longer than the bound.</summary>
    private async Task WatchAsync(NpgsqlConnection connection, LiveHeartbeat heartbeat, CancellationToken ct)
    {
        var bound = options.Value.MissedAfter;
        while (true)
        {
            var left = bound - heartbeat.Silence;
            if (left <= TimeSpan.Zero)
            {
                throw new HeartbeatMissedException($"No heartbeat heard on the LISTEN connection for {heartbeat.Silence.TotalSeconds:0.0} s (bound {bound.TotalSeconds:0.#} s).");
            }

            await connection.WaitAsync((int)Math.Ceiling(left.TotalMilliseconds), ct);
        }
    }

    private async Task BeatAsync(LiveHeartbeat heartbeat, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            await Task.Delay(options.Value.Heartbeat, ct).ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing);
            try
            {
                await heartbeat.TrySendAsync(ct);
            }
            catch (OperationCanceledException) when (ct.IsCancellationRequested)
            {
                return;
            }
        }
    }

    private sealed class HeartbeatMissedException(string message) : Exception(message);

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
