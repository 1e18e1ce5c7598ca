using System.Diagnostics;
using System.Collections.Concurrent;
using System.Text;
using Microsoft.Playwright;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// What travels over a page's Blazor WebSocket: bytes each way and the JavaScript interop calls the server
/// asks for (<c>JS.BeginInvokeJS</c>, named with the function they call). Bytes, not time: the figure is
/// the same on a busy machine.
/// </summary>
internal sealed class CircuitTraffic
{
    private const string InteropCall = "JS.BeginInvokeJS";

    private readonly ConcurrentQueue<(long At, bool Received, byte[] Payload)> frames = new();

    private CircuitTraffic(IPage page) =>
        page.WebSocket += (_, socket) =>
        {
            socket.FrameReceived += (_, frame) => frames.Enqueue((Stopwatch.GetTimestamp(), true, Bytes(frame)));
            socket.FrameSent += (_, frame) => frames.Enqueue((Stopwatch.GetTimestamp(), false, Bytes(frame)));
        };

    /// <summary>Listens from now on; attach before the page opens its circuit.</summary>
    public static CircuitTraffic Watch(IPage page) => new(page);

    public long Received => frames.Where(f => f.Received).Sum(f => (long)f.Payload.Length);

    public long Sent => frames.Where(f => !f.Received).Sum(f => (long)f.Payload.Length);

    /// <summary>Each interop call the server made, by the JavaScript function it named.</summary>
    public IReadOnlyList<string> InteropCalls => [.. frames.Where(f => f.Received).SelectMany(f => Calls(f.Payload))];

    /// <summary>
    /// What <see cref="Received"/> would weigh with per-message deflate (one deflate stream kept across messages and
    /// flushed after each, as permessage-deflate with context takeover): the browser reports frames decompressed.
    /// </summary>
    public long ReceivedDeflated
    {
        get
        {
            using var wire = new MemoryStream();
            using (var deflate = new System.IO.Compression.DeflateStream(wire, System.IO.Compression.CompressionLevel.Fastest, leaveOpen: true))
            {
                foreach (var frame in frames.Where(f => f.Received))
                {
                    deflate.Write(frame.Payload);
                    deflate.Flush();
                }
            }

            return wire.Length;
        }
    }

    /// <summary>While debugging a figure: every frame's payload, received ones marked, to a folder.</summary>
    public void Dump(string folder)
    {
        Directory.CreateDirectory(folder);
        var i = 0;
        foreach (var frame in frames)
        {
            File.WriteAllBytes(Path.Combine(folder, $"{i++:D4}-{(frame.Received ? "in" : "out")}.bin"), frame.Payload);
        }
    }

    public void Reset() => frames.Clear();

    /// <summary>
    /// Waits until the circuit has been quiet for <paramref name="quiet"/>: the last render batch of an
    /// interaction (and its acknowledgement) can follow the DOM change a test waited for.
    /// </summary>
    public async Task SettledAsync(TimeSpan? quiet = null, TimeSpan? limit = null)
    {
        var q = quiet ?? TimeSpan.FromMilliseconds(400);
        // Elapsed time on the monotonic stopwatch, not the wall clock: only the gaps between frames matter.
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < (limit ?? TimeSpan.FromSeconds(10)))
        {
            if (frames.IsEmpty || Stopwatch.GetElapsedTime(frames.Max(f => f.At)) >= q)
            {
                return;
            }

            await Task.Delay(50);
        }
    }

    public string Describe() =>
        $"received {Received:N0} B ({ReceivedDeflated:N0} B deflated), sent {Sent:N0} B, {InteropCalls.Count} interop calls: {string.Join(", ", InteropCalls)}";

    private static byte[] Bytes(IWebSocketFrame frame) => frame.Binary ?? Encoding.UTF8.GetBytes(frame.Text ?? "");

    // In the binary (MessagePack) hub protocol the call's target is followed by its handle and the
    // function's name, both as plain strings; the name is the first run of printable text after the target.
    private static IEnumerable<string> Calls(byte[] payload)
    {
        var text = Encoding.Latin1.GetString(payload);
        for (var at = text.IndexOf(InteropCall, StringComparison.Ordinal); at >= 0; at = text.IndexOf(InteropCall, at + 1, StringComparison.Ordinal))
        {
            yield return FunctionName(text, at + InteropCall.Length);
        }
    }

    private static string FunctionName(string text, int from)
    {
        var i = from;
        while (i < text.Length)
        {
            var start = i;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '.' or '_' or '$'))
            {
                i++;
            }

            if (i - start >= 4 && char.IsAsciiLetter(text[start]))
            {
                return text[start..i];
            }

            i++;
        }

        return "?";
    }
}
