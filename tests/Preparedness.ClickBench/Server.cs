using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Preparedness.ClickBench;

/// <summary>A published app as its own process in Production on a free loopback port; its CPU read from /proc.</summary>
internal sealed class Server : IAsyncDisposable
{
    private readonly Process process;
    private readonly List<string> output = [];

    private Server(Process process, Uri address) => (this.process, Address) = (process, address);

    public Uri Address { get; }

    public static async Task<Server> StartAsync(string dll, IReadOnlyDictionary<string, string> environment, string probePath)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { dll },
            WorkingDirectory = Path.GetDirectoryName(dll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["ASPNETCORE_URLS"] = address.GetLeftPart(UriPartial.Authority),
                ["Logging__LogLevel__Default"] = "Warning",
            },
        };
        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        var server = new Server(Process.Start(start) ?? throw new InvalidOperationException($"could not start {dll}"), address);
        server.process.OutputDataReceived += (_, e) => server.Keep(e.Data);
        server.process.ErrorDataReceived += (_, e) => server.Keep(e.Data);
        server.process.BeginOutputReadLine();
        server.process.BeginErrorReadLine();
        using var http = new HttpClient { BaseAddress = address, Timeout = TimeSpan.FromSeconds(10) };
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromMinutes(3);)
        {
            if (server.process.HasExited)
            {
                break;
            }

            try
            {
                if ((await http.GetAsync(probePath)).StatusCode is HttpStatusCode.OK or HttpStatusCode.Found)
                {
                    return server;
                }
            }
            catch (HttpRequestException)
            {
            }
            catch (TaskCanceledException)
            {
            }

            await Task.Delay(500);
        }

        var tail = server.Tail();
        await server.DisposeAsync();
        throw new InvalidOperationException($"{Path.GetFileName(dll)} did not answer {probePath}:\n{tail}");
    }

    /// <summary>User plus system CPU time of the server process so far (/proc/PID/stat, in clock ticks of 10 ms).</summary>
    public TimeSpan Cpu()
    {
        var stat = File.ReadAllText($"/proc/{process.Id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        return TimeSpan.FromMilliseconds(ticks * 10);
    }

    public string Tail() => string.Join('\n', output.TakeLast(30));

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }

        process.Dispose();
    }

    private void Keep(string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.Add(line);
            }
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
