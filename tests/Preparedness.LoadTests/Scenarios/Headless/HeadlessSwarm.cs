using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;

namespace Preparedness.LoadTests.Scenarios.Headless;

/// <summary>
/// N headless dashboard circuits in this process, all signed in with the same cookie. Each notes when a
/// render batch carrying a change's marker arrived (the server rendered and sent it; no DOM here).
/// </summary>
internal sealed class HeadlessSwarm : IAsyncDisposable
{
    private const int Parallel = 10;

    private readonly List<HeadlessCircuit> circuits = [];
    private readonly long[][] receipts;
    private readonly byte[] markerPrefix;
    private readonly int firstSequence;
    private readonly ConcurrentDictionary<string, int> jsCalls = new(StringComparer.Ordinal);
    private long batches;
    private long batchBytes;
    private long closed;

    private HeadlessSwarm(int count, int changes, string markerPrefix, int firstSequence)
    {
        receipts = new long[count][];
        for (var i = 0; i < count; i++)
        {
            receipts[i] = new long[changes];
        }

        this.markerPrefix = Encoding.UTF8.GetBytes(markerPrefix);
        this.firstSequence = firstSequence;
    }

    public int Connected => circuits.Count;

    public int Failed { get; private set; }

    public string? FirstError { get; private set; }

    public TimeSpan ConnectTime { get; private set; }

    public long Closed => Interlocked.Read(ref closed);

    public long Batches => Interlocked.Read(ref batches);

    public long BatchBytes => Interlocked.Read(ref batchBytes);

    /// <summary>The JS interop calls the circuits made, by identifier (what a browser would have run).</summary>
    public IReadOnlyDictionary<string, int> JsCalls => jsCalls;

    /// <summary>Receipt timestamps (Stopwatch ticks; 0 = not yet) of the circuits that opened, by change index.</summary>
    public IEnumerable<long[]> Receipts => receipts.Take(circuits.Count);

    public int CountSeen(int index) => Receipts.Count(r => r[index] != 0);

    /// <param name="markerPrefix">The change marker's text before its five-digit sequence number.</param>
    /// <param name="firstSequence">The sequence number of the first measured change (receipt index 0).</param>
    public static async Task<HeadlessSwarm> OpenAsync(
        Uri baseAddress, CookieContainer cookies, int count, int changes, string markerPrefix, int firstSequence, CancellationToken ct)
    {
        var swarm = new HeadlessSwarm(count, changes, markerPrefix, firstSequence);
        using var http = new HttpClient(new HttpClientHandler { CookieContainer = cookies }) { BaseAddress = baseAddress };
        var start = Stopwatch.GetTimestamp();
        var next = -1;
        var opened = new HeadlessCircuit?[count];
        await Task.WhenAll(Enumerable.Range(0, Math.Min(Parallel, count)).Select(async _ =>
        {
            int slot;
            while ((slot = Interlocked.Increment(ref next)) < count && !ct.IsCancellationRequested)
            {
                opened[slot] = await swarm.OpenOneAsync(baseAddress, http, cookies, swarm.receipts[slot], ct);
            }
        }));
        swarm.ConnectTime = Stopwatch.GetElapsedTime(start);

        // Receipts follow the circuits that opened, in order, so Receipts lines up with them.
        var compact = 0;
        for (var i = 0; i < count; i++)
        {
            if (opened[i] is { } circuit)
            {
                swarm.receipts[compact++] = swarm.receipts[i];
                swarm.circuits.Add(circuit);
            }
        }

        return swarm;
    }

    public int StillOpen => circuits.Count(c => c.IsOpen);

    public async ValueTask DisposeAsync()
    {
        foreach (var chunk in circuits.Chunk(100))
        {
            await Task.WhenAll(chunk.Select(c => c.DisposeAsync().AsTask()));
        }

        circuits.Clear();
    }

    private async Task<HeadlessCircuit?> OpenOneAsync(Uri baseAddress, HttpClient http, CookieContainer cookies, long[] mine, CancellationToken ct)
    {
        var callbacks = new CircuitCallbacks(
            (now, batch) => NoteBatch(now, batch, mine),
            identifier => jsCalls.AddOrUpdate(identifier, 1, (_, n) => n + 1),
            () => Interlocked.Increment(ref closed));
        try
        {
            return await HeadlessCircuit.OpenAsync(baseAddress, http, cookies, callbacks, ct);
        }
        catch (Exception ex) when (ex is InvalidOperationException or HttpRequestException or TimeoutException or IOException
                                       or System.Net.WebSockets.WebSocketException or TaskCanceledException && !ct.IsCancellationRequested)
        {
            lock (circuits)
            {
                Failed++;
                FirstError ??= ex.Message.Split('\n')[0];
            }

            return null;
        }
    }

    private void NoteBatch(long now, byte[] batch, long[] mine)
    {
        Interlocked.Increment(ref batches);
        Interlocked.Add(ref batchBytes, batch.Length);
        var rest = batch.AsSpan();
        int at;
        while ((at = rest.IndexOf(markerPrefix)) >= 0)
        {
            rest = rest[(at + markerPrefix.Length)..];
            if (rest.Length >= 5 && int.TryParse(Encoding.ASCII.GetString(rest[..5]), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var sequence)
                && sequence - firstSequence is var index && index >= 0 && index < mine.Length)
            {
                Interlocked.CompareExchange(ref mine[index], now, 0);
            }
        }
    }
}
