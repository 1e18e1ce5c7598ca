using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Preparedness.LoadTests.Infrastructure;

/// <summary>
/// The real app, as its own process (its CPU and memory are measured from /proc), on a free
/// loopback port, with its output in a log file under the scratch directory.
/// </summary>
internal sealed class AppProcess : IAsyncDisposable
{
    public const string AppEnvironmentPrefix = "PREPAREDNESS_LOAD_APP_";

    private static readonly TimeSpan StartLimit = TimeSpan.FromSeconds(180);

    private readonly Process process;
    private readonly Scratch scratch;
    private readonly StreamWriter log;

    private AppProcess(Process process, Scratch scratch, StreamWriter log, Uri baseAddress, string logPath)
    {
        this.process = process;
        this.scratch = scratch;
        this.log = log;
        BaseAddress = baseAddress;
        LogPath = logPath;
    }

    public Uri BaseAddress { get; }

    public int Pid => process.Id;

    public string LogPath { get; }

    public static async Task<AppProcess> StartAsync(string appDll, RepositoryPaths paths, Scratch scratch, string connectionString, string name, CancellationToken ct)
    {
        var port = FreePort.Find();
        var baseAddress = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var startInfo = new ProcessStartInfo("dotnet")
        {
            ArgumentList = { appDll },
            // The content root: static web assets and appsettings are found from here in Development.
            WorkingDirectory = paths.WebProject,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            Environment =
            {
                ["ASPNETCORE_ENVIRONMENT"] = "Development",
                ["ASPNETCORE_URLS"] = baseAddress.GetLeftPart(UriPartial.Authority),
                ["ConnectionStrings__Preparedness"] = connectionString,
                ["Preparedness__MigrateOnStartup"] = "true",
                ["Preparedness__SeedDemoData"] = "true",
                ["Logging__LogLevel__Default"] = "Warning",
                ["Logging__LogLevel__Microsoft.AspNetCore"] = "Warning",
                ["Logging__LogLevel__Microsoft.EntityFrameworkCore"] = "Warning",
            },
        };

        // For experiments on the app alone (GC mode, JIT diagnostics): PREPAREDNESS_LOAD_APP_X=v reaches it as X=v.
        foreach (var (key, value) in Environment.GetEnvironmentVariables().Cast<System.Collections.DictionaryEntry>()
                     .Select(e => ((string)e.Key, (string?)e.Value))
                     .Where(e => e.Item1.StartsWith(AppEnvironmentPrefix, StringComparison.Ordinal) && e.Item1.Length > AppEnvironmentPrefix.Length))
        {
            startInfo.Environment[key[AppEnvironmentPrefix.Length..]] = value;
        }

        var logPath = Path.Combine(scratch.Directory, $"app-{name}.log");
        var log = new StreamWriter(logPath) { AutoFlush = true };
        var process = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start the app (dotnet).");
        scratch.RecordAppPid(process.Id);
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var app = new AppProcess(process, scratch, log, baseAddress, logPath);
        try
        {
            await app.WaitUntilAnsweringAsync(ct);
            return app;
        }
        catch
        {
            await app.DisposeAsync();
            throw;
        }
    }

    public string LogTail(int lines = 30)
    {
        try
        {
            lock (log)
            {
                using var reader = new StreamReader(new FileStream(LogPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite));
                var all = reader.ReadToEnd().Split('\n');
                return string.Join('\n', all.TakeLast(lines));
            }
        }
        catch (IOException)
        {
            return "";
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            // A graceful stop first (closes the LISTEN connection and hub sockets cleanly), then force.
            Native.Terminate(process.Id);
            using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await process.WaitForExitAsync(limit.Token);
            }
            catch (OperationCanceledException)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(CancellationToken.None);
            }
        }

        scratch.ForgetAppPid(process.Id);
        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }

    private async Task WaitUntilAnsweringAsync(CancellationToken ct)
    {
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(10) };
        var started = Stopwatch.GetTimestamp();
        // Migrating and seeding a fresh database happen before the app listens; poll until it answers.
        while (Stopwatch.GetElapsedTime(started) < StartLimit)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with code {process.ExitCode} while starting. Last lines of {LogPath}:\n{LogTail()}");
            }

            try
            {
                using var response = await http.GetAsync("account/login", ct);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!ct.IsCancellationRequested)
            {
                // A request that timed out while the app was busy seeding.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), ct);
        }

        throw new TimeoutException($"The app did not answer within {StartLimit.TotalSeconds:0} s. Last lines of {LogPath}:\n{LogTail()}");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // Output after the app was disposed.
            }
        }
    }
}
