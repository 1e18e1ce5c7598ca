using System.Diagnostics;
using System.Net;
using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Dashboard.Board;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>
/// Many .NET SignalR clients of /hubs/readiness in this process, all signed in with the same cookie
/// (the server puts each in Luxor's group), each noting when it received which change.
/// </summary>
internal sealed class HubSwarm : IAsyncDisposable
{
    public const string HubPath = "hubs/readiness";
    private const int BatchSize = 50;
    private static readonly TimeSpan ConnectLimit = TimeSpan.FromSeconds(60);

    private readonly List<HubConnection> connections;
    private readonly long[][] receipts;
    private readonly bool[] started;
    private long duplicates;
    private long unmatched;
    private long resyncs;
    private long closed;

    private HubSwarm(List<HubConnection> connections, long[][] receipts)
    {
        this.connections = connections;
        this.receipts = receipts;
        started = new bool[receipts.Length];
    }

    public int Connected { get; private set; }

    public int Failed { get; private set; }

    public string? FirstError { get; private set; }

    public TimeSpan ConnectTime { get; private set; }

    public long Duplicates => Interlocked.Read(ref duplicates);

    public long Unmatched => Interlocked.Read(ref unmatched);

    public long Resyncs => Interlocked.Read(ref resyncs);

    public long Closed => Interlocked.Read(ref closed);

    /// <summary>Receipt timestamps (Stopwatch ticks; 0 = not received) of client <paramref name="client"/>, by change sequence number.</summary>
    public IReadOnlyList<long> ReceiptsOf(int client) => receipts[client];

    public int Count => connections.Count;

    /// <summary>The figures of the last update bound in full (null when only the change is read).</summary>
    public BoardFigures? LastFigures { get; private set; }

    /// <summary>Whether client <paramref name="client"/> connected at the start (failed ones are not counted as missing deliveries).</summary>
    public bool HasStarted(int client) => started[client];

    /// <param name="fullDecode">
    /// Bind every message to the public <see cref="BoardUpdate"/> (what a real client pays), or read only
    /// the change's ChangedBy and skip the figures, so that 1,000 clients decoding on the same two cores
    /// take less of the machine the app is measured on.
    /// </param>
    public static async Task<HubSwarm> ConnectAsync(
        Uri baseAddress, CookieContainer cookies, int count, int changes, Func<string?, int> sequenceOf, bool fullDecode, CancellationToken ct)
    {
        var receipts = new long[count][];
        var connections = new List<HubConnection>(count);
        var swarm = new HubSwarm(connections, receipts);
        for (var i = 0; i < count; i++)
        {
            var mine = receipts[i] = new long[changes];
            var connection = new HubConnectionBuilder()
                .WithUrl(new Uri(baseAddress, HubPath), HttpTransportType.WebSockets, o =>
                {
                    o.Cookies = cookies;
                    // Straight to the WebSocket: negotiation would only double the connection work.
                    o.SkipNegotiation = true;
                })
                .AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()))
                .Build();
            void Note(string? changedBy, long now)
            {
                var sequence = sequenceOf(changedBy);
                if (sequence < 0 || sequence >= mine.Length)
                {
                    Interlocked.Increment(ref swarm.unmatched);
                }
                else if (Interlocked.CompareExchange(ref mine[sequence], now, 0) != 0)
                {
                    Interlocked.Increment(ref swarm.duplicates);
                }
            }

            // First thing in each handler: the time of receipt, before any of our own bookkeeping.
            if (fullDecode)
            {
                connection.On<BoardUpdate>(nameof(IReadinessClient.ReadinessChanged), update =>
                {
                    var now = Stopwatch.GetTimestamp();
                    if (update.Figures is { } figures)
                    {
                        swarm.LastFigures = swarm.LastFigures is { } held ? held.Merge(figures) : figures;
                    }

                    if (update.Change is { } change)
                    {
                        Note(change.ChangedBy, now);
                    }
                });
            }
            else
            {
                connection.On<ChangeOnly>(nameof(IReadinessClient.ReadinessChanged), update =>
                {
                    // Figures follow the banners, coalesced and without a change: only banners are receipts.
                    if (update.Change is { } change)
                    {
                        Note(change.ChangedBy, Stopwatch.GetTimestamp());
                    }
                });
            }

            connection.On(nameof(IReadinessClient.Resync), () => Interlocked.Increment(ref swarm.resyncs));
            connection.Closed += _ =>
            {
                Interlocked.Increment(ref swarm.closed);
                return Task.CompletedTask;
            };
            connections.Add(connection);
        }

        var connectStart = Stopwatch.GetTimestamp();
        // Parallel batches: all at once would queue 1,000 handshakes behind each other on two cores
        // and hit the connect time limit; one by one would take minutes.
        for (var first = 0; first < count; first += BatchSize)
        {
            var batch = connections.Skip(first).Take(BatchSize).ToList();
            var results = await Task.WhenAll(batch.Select(c => swarm.StartOneAsync(c, ct)));
            results.CopyTo(swarm.started, first);
            swarm.Connected += results.Count(ok => ok);
            swarm.Failed += results.Count(ok => !ok);
        }

        swarm.ConnectTime = Stopwatch.GetElapsedTime(connectStart);
        return swarm;
    }

    /// <summary>The hub's GetBoard round trip (figures computed on request), as a yardstick for the per-change work.</summary>
    public async Task<double[]> TimeGetBoardAsync(int times, CancellationToken ct)
    {
        var connection = connections.First(c => c.State == HubConnectionState.Connected);
        var result = new double[times];
        for (var i = 0; i < times; i++)
        {
            var begun = Stopwatch.GetTimestamp();
            _ = await connection.InvokeCoreAsync<BoardFigures>("GetBoard", [null], ct);
            result[i] = Stopwatch.GetElapsedTime(begun).TotalMilliseconds;
        }

        return result;
    }

    public async ValueTask DisposeAsync()
    {
        for (var first = 0; first < connections.Count; first += BatchSize * 4)
        {
            await Task.WhenAll(connections.Skip(first).Take(BatchSize * 4).Select(c => c.DisposeAsync().AsTask()));
        }
    }

    /// <summary>The part of a <see cref="BoardUpdate"/> the measuring clients read; the figures are skipped unread.</summary>
    private sealed record ChangeOnly(ChangeMarker? Change);

    private sealed record ChangeMarker(string? ChangedBy);

    private async Task<bool> StartOneAsync(HubConnection connection, CancellationToken ct)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(ConnectLimit);
        try
        {
            await connection.StartAsync(limit.Token);
            return true;
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !ct.IsCancellationRequested)
        {
            lock (connections)
            {
                FirstError ??= ex.GetBaseException().Message;
            }

            return false;
        }
    }
}
