using System.Diagnostics.Tracing;
using Microsoft.Diagnostics.NETCore.Client;
using Microsoft.Diagnostics.Tracing;
using Microsoft.Diagnostics.Tracing.Parsers;

namespace Preparedness.LoadTests.Measuring;

/// <summary>
/// The app's managed heap after a full, blocking collection, read from outside over EventPipe: a
/// session with the GCHeapCollect keyword makes the runtime collect (as dotnet-gcdump does), and the
/// GCHeapStats event that follows gives every generation's size. Unlike RSS, this is what is still alive.
/// </summary>
internal static class GcHeap
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(30);

    /// <summary>Bytes alive in the app's GC heap after an induced full collection; null if it could not be read.</summary>
    public static async Task<long?> AfterFullCollectionAsync(int pid, CancellationToken ct)
    {
        var keywords = (long)(ClrTraceEventParser.Keywords.GC | ClrTraceEventParser.Keywords.GCHeapCollect);
        EventPipeSession session;
        try
        {
            session = new DiagnosticsClient(pid).StartEventPipeSession(
                new EventPipeProvider("Microsoft-Windows-DotNETRuntime", EventLevel.Informational, keywords), requestRundown: false);
        }
        catch (Exception ex) when (ex is ServerNotAvailableException or UnsupportedCommandException or IOException or TimeoutException)
        {
            return null;
        }

        using (session)
        {
            var result = new TaskCompletionSource<long>(TaskCreationOptions.RunContinuationsAsynchronously);
            var reader = Task.Run(() =>
            {
                using var source = new EventPipeEventSource(session.EventStream);
                var induced = false;
                source.Clr.GCStart += e => induced |= e.Reason == Microsoft.Diagnostics.Tracing.Parsers.Clr.GCReason.Induced && e.Depth == 2;
                source.Clr.GCHeapStats += e =>
                {
                    if (induced)
                    {
                        result.TrySetResult(e.GenerationSize0 + e.GenerationSize1 + e.GenerationSize2 + e.GenerationSize3 + e.GenerationSize4);
                    }
                };
                source.Process();
            }, CancellationToken.None);
            try
            {
                return await result.Task.WaitAsync(Limit, ct);
            }
            catch (TimeoutException)
            {
                return null;
            }
            finally
            {
                try
                {
                    session.Stop();
                }
                catch (Exception ex) when (ex is ServerNotAvailableException or IOException or TimeoutException)
                {
                    // The app is gone; the reader ends with the stream.
                }

                await reader.WaitAsync(TimeSpan.FromSeconds(10), CancellationToken.None).ContinueWith(_ => { }, TaskScheduler.Default);
            }
        }
    }

    /// <summary>The median of a few readings: two or three induced collections settle finalizable objects too.</summary>
    public static async Task<long?> SettledAsync(int pid, CancellationToken ct, int readings = 3)
    {
        var values = new List<long>();
        for (var i = 0; i < readings; i++)
        {
            if (await AfterFullCollectionAsync(pid, ct) is { } bytes)
            {
                values.Add(bytes);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(500), ct);
        }

        values.Sort();
        return values.Count == 0 ? null : values[values.Count / 2];
    }
}
