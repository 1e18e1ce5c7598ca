using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.AspNetCore.SignalR.Protocol;
using Microsoft.Extensions.DependencyInjection;

namespace Preparedness.LoadTests.Scenarios.Headless;

/// <summary>
/// One live dashboard without a browser: GETs the prerendered page like a tab, starts its circuit on
/// /_blazor and acknowledges what a browser would (render batches, JS interop calls). Render batches
/// are read once for the change marker and dropped, so a client costs little more than its socket.
/// </summary>
internal sealed class HeadlessCircuit : IAsyncDisposable
{
    private const string CircuitPath = "_blazor";
    private static readonly TimeSpan FirstRenderLimit = TimeSpan.FromSeconds(60);

    private readonly HubConnection hub;
    private readonly CircuitCallbacks callbacks;
    private readonly TaskCompletionSource firstRender = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private long jsObjectIds;

    private HeadlessCircuit(HubConnection hub, CircuitCallbacks callbacks)
    {
        this.hub = hub;
        this.callbacks = callbacks;
    }

    /// <summary>The server's error message (JS.Error) or the connection's, if the circuit failed.</summary>
    public string? Error { get; private set; }

    public bool IsOpen => hub.State == HubConnectionState.Connected && Error is null;

    public static async Task<HeadlessCircuit> OpenAsync(Uri baseAddress, HttpClient http, CookieContainer cookies, CircuitCallbacks callbacks, CancellationToken ct)
    {
        var page = PrerenderedPage.Parse(await http.GetStringAsync("/", ct));
        if (page.Markers.Count == 0)
        {
            throw new InvalidOperationException("The dashboard has no interactive server component marker (not signed in, or prerendering changed).");
        }

        var builder = new HubConnectionBuilder()
            .WithUrl(new Uri(baseAddress, CircuitPath), HttpTransportType.WebSockets, o =>
            {
                o.Cookies = cookies;
                o.SkipNegotiation = true;
            });
        // The last registered protocol is the one the connection uses.
        builder.Services.AddSingleton<IHubProtocol, BlazorPackProtocol>();
        var hub = builder.Build();
        // With thousands of circuits opening on two shared cores the app answers late; a late ping is load, not a lost circuit.
        hub.ServerTimeout = TimeSpan.FromMinutes(2);
        hub.HandshakeTimeout = TimeSpan.FromSeconds(60);
        var circuit = new HeadlessCircuit(hub, callbacks);
        try
        {
            circuit.Listen();
            await circuit.hub.StartAsync(ct);
            var secret = await circuit.hub.InvokeAsync<string?>("StartCircuit", baseAddress.ToString(), baseAddress.ToString(), "[]", page.ApplicationState, ct);
            if (string.IsNullOrEmpty(secret))
            {
                throw new InvalidOperationException($"StartCircuit was refused: {circuit.Error}");
            }

            await circuit.hub.SendAsync("UpdateRootComponents", page.AddOperations(), page.ApplicationState, ct);
            await circuit.firstRender.Task.WaitAsync(FirstRenderLimit, ct);
            return circuit;
        }
        catch
        {
            await circuit.DisposeAsync();
            throw;
        }
    }

    public ValueTask DisposeAsync() => hub.DisposeAsync();

    private void Listen()
    {
        hub.On<long, byte[]>("JS.RenderBatch", (batchId, batch) =>
        {
            // The time first, before any bookkeeping; then the marker search; the batch is not kept.
            callbacks.RenderBatch(Stopwatch.GetTimestamp(), batch);
            firstRender.TrySetResult();
            return Acknowledge("OnRenderCompleted", batchId, null);
        });

        // .NET 10 sends (asyncHandle, identifier, argsJson, resultType, targetInstanceId, callType).
        hub.On("JS.BeginInvokeJS", [typeof(long), typeof(string), typeof(string), typeof(int), typeof(long), typeof(int)], args =>
        {
            var handle = (long)args[0]!;
            callbacks.JsCall((string)args[1]!);
            return handle == 0 ? Task.CompletedTask : Acknowledge("EndInvokeJSFromDotNet", handle, true, JsResult(handle, (string)args[1]!, (int)args[3]!));
        });

        hub.On<string>("JS.Error", error =>
        {
            Error ??= error;
            firstRender.TrySetException(new InvalidOperationException($"The circuit failed: {error}"));
        });

        // Answers the browser would act on but that need nothing back from us.
        hub.On("JS.AttachComponent", [typeof(int), typeof(string)], _ => Task.CompletedTask);
        hub.On("JS.EndUpdateRootComponents", [typeof(long)], _ => Task.CompletedTask);
        hub.On("JS.EndInvokeDotNet", [typeof(string), typeof(bool), typeof(string)], _ => Task.CompletedTask);
        hub.On("JS.EndLocationChanging", [typeof(int), typeof(bool)], _ => Task.CompletedTask);
        hub.Closed += ex =>
        {
            Error ??= ex?.Message ?? "closed by the server";
            firstRender.TrySetException(new InvalidOperationException($"The circuit's connection closed: {Error}"));
            callbacks.Closed();
            return Task.CompletedTask;
        };
    }

    /// <summary>
    /// What a browser would answer: the window of the Chromium tabs timed alongside (1280 × 900) so that
    /// MudBlazor lays the page out for a desktop, a plausible box for SVG text measured by the charts, an
    /// object reference for calls that return one (module imports), and nothing (null) for the rest.
    /// </summary>
    private string JsResult(long handle, string identifier, int resultType) => (resultType, identifier) switch
    {
        (1, _) => $$"""[{{handle}},true,{"__jsObjectId":{{Interlocked.Increment(ref jsObjectIds)}}}]""",
        (_, "mudResizeListener.getBrowserWindowSize") => $$"""[{{handle}},true,{"height":900,"width":1280}]""",
        (_, "mudGetSvgBBox") => $$"""[{{handle}},true,{"x":0,"y":0,"width":48,"height":14}]""",
        _ => $"[{handle},true,null]",
    };

    private async Task Acknowledge(string method, params object?[] args)
    {
        try
        {
            await hub.SendCoreAsync(method, args);
        }
        catch (Exception ex) when (ex is InvalidOperationException or IOException or OperationCanceledException or System.Net.WebSockets.WebSocketException)
        {
            Error ??= ex.Message;
        }
    }
}

/// <summary>What the swarm wants to know from each circuit, without each circuit holding it.</summary>
internal sealed record CircuitCallbacks(Action<long, byte[]> RenderBatch, Action<string> JsCall, Action Closed);
