using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using Microsoft.Playwright;

namespace Preparedness.ClickBench;

/// <summary>
/// Times one interaction inside the page: from the input event (capture phase, so before any handler) to the
/// MutationObserver callback in which the result condition first holds, on performance.now(). Also counts the
/// WebSocket bytes (as the browser reports them: decompressed) until the circuit has been quiet for a while: 300 ms on
/// loopback, 2 s on the slow network, where one large frame alone takes longer than 300 ms to arrive (a shorter wait
/// would let the previous page's last frames count against the next click).
/// </summary>
internal sealed class Probe
{
    public const string Script = """
        window.__bench = {
          arm(before, done) {
            window.__before = (0, eval)(before);
            const check = new Function('return (' + done + ');');
            return new Promise(resolve => {
              let t0 = null;
              const events = ['click', 'change', 'keydown', 'submit'];
              const start = () => { if (t0 === null) t0 = performance.now(); };
              const finish = () => {
                events.forEach(e => removeEventListener(e, start, true));
                observer.disconnect();
                resolve(performance.now() - t0);
              };
              const observer = new MutationObserver(() => { if (t0 !== null && check()) finish(); });
              events.forEach(e => addEventListener(e, start, true));
              observer.observe(document, { subtree: true, childList: true, attributes: true, characterData: true });
            });
          },
        };
        """;

    private readonly ConcurrentQueue<(long At, int Bytes)> frames = new();

    private readonly TimeSpan quiet;

    public Probe(IPage page, TimeSpan quiet)
    {
        this.quiet = quiet;
        page.WebSocket += (_, socket) =>
        {
            socket.FrameReceived += (_, f) => frames.Enqueue((Stopwatch.GetTimestamp(), Size(f)));
            socket.FrameSent += (_, f) => frames.Enqueue((Stopwatch.GetTimestamp(), Size(f)));
        };
    }

    public async Task<(double Ms, long Bytes)> MeasureAsync(IPage page, Interaction interaction, int repetition)
    {
        await QuietAsync();
        frames.Clear();
        await page.EvaluateAsync("([b, d]) => { window.__benchResult = window.__bench.arm(b, d); }", new[] { interaction.Before, interaction.Done(repetition) });
        await interaction.Act(page, repetition);
        var ms = await page.EvaluateAsync<double>("() => window.__benchResult");
        await QuietAsync();
        return (ms, frames.Sum(f => (long)f.Bytes));
    }

    private async Task QuietAsync()
    {
        var started = Stopwatch.GetTimestamp();
        while (Stopwatch.GetElapsedTime(started) < TimeSpan.FromSeconds(30)
               && !frames.IsEmpty && Stopwatch.GetElapsedTime(frames.Max(f => f.At)) < quiet)
        {
            await Task.Delay(50);
        }
    }

    private static int Size(IWebSocketFrame frame) => frame.Binary?.Length ?? Encoding.UTF8.GetByteCount(frame.Text ?? "");
}
