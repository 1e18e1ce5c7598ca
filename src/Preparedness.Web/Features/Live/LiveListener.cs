using System.Text.Json;
using System.Threading.Channels;
using Npgsql;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// Holds one LISTEN connection per app instance and hands each committed change to the feed.
/// After a lost connection it listens again and asks every screen to re-read, since changes made
/// while it was away were not heard.
/// </summary>
internal sealed class LiveListener(
    IConfiguration configuration,
    ReadinessFeed feed,
    IEnumerable<ILiveChannel> channels,
    ILogger<LiveListener> logger) : BackgroundService
{
    private readonly Channel<(string Channel, string Payload)> payloads =
        Channel.CreateUnbounded<(string, string)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Dictionary<string, ILiveChannel> others = channels.ToDictionary(c => c.Name);

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(ListenAsync(stoppingToken), DispatchAsync(stoppingToken));

    private async Task ListenAsync(CancellationToken ct)
    {
        var connectionString = new NpgsqlConnectionStringBuilder(configuration.GetConnectionString("Preparedness"))
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
                connection.Notification += (_, e) => payloads.Writer.TryWrite((e.Channel, e.Payload));
                foreach (var channel in others.Keys.Prepend(LiveAnnouncer.Channel))
                {
                    await using var listen = new NpgsqlCommand($"LISTEN {channel}", connection);
                    await listen.ExecuteNonQueryAsync(ct);
                }

                if (lostBefore)
                {
                    payloads.Writer.TryWrite(("", ResyncMarker));
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
            await foreach (var (channel, payload) in payloads.Reader.ReadAllAsync(ct))
            {
                try
                {
                    if (payload == ResyncMarker)
                    {
                        await feed.ResyncAllAsync(ct);
                        foreach (var other in others.Values)
                        {
                            await other.ResyncAsync(ct);
                        }
                    }
                    else if (others.TryGetValue(channel, out var other))
                    {
                        await other.HeardAsync(payload, ct);
                    }
                    else if (JsonSerializer.Deserialize<TaskChange>(payload, LiveJson.Options) is { } change)
                    {
                        await feed.PublishAsync(change, ct);
                    }
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

    private const string ResyncMarker = "resync";
}
