using System.Collections.Concurrent;
using System.Diagnostics;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>The published app started the way the image's ENTRYPOINT starts it: same command, folder and environment.</summary>
internal sealed class ImageProcess : IDisposable
{
    private readonly Process process;

    private ImageProcess(Process process) => this.process = process;

    public ConcurrentQueue<string> Output { get; } = new();

    public bool HasExited => process.HasExited;

    public int ExitCode => process.ExitCode;

    public static ImageProcess Start(ImageDefinition image, string folder, IReadOnlyDictionary<string, string> settings, params string[] arguments)
    {
        var start = new ProcessStartInfo(image.EntryPoint[0])
        {
            // The image's WORKDIR is where the published folder was copied.
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in image.EntryPoint.Skip(1).Concat(arguments))
        {
            start.ArgumentList.Add(argument);
        }

        // A container starts from a clean environment: nothing from the test run's leaks in.
        foreach (var key in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_", StringComparison.Ordinal) || k.StartsWith("Preparedness", StringComparison.Ordinal) || k.StartsWith("ConnectionStrings", StringComparison.Ordinal)).ToList())
        {
            start.Environment.Remove(key);
        }

        foreach (var (key, value) in image.Environment.Concat(settings))
        {
            start.Environment[key] = value;
        }

        var running = new ImageProcess(Process.Start(start)!);
        running.process.OutputDataReceived += (_, e) => running.Keep(e.Data);
        running.process.ErrorDataReceived += (_, e) => running.Keep(e.Data);
        running.process.BeginOutputReadLine();
        running.process.BeginErrorReadLine();
        return running;
    }

    /// <summary>The exit code; a process still running after <paramref name="limit"/> fails the test with what it printed.</summary>
    public async Task<int> WaitAsync(TimeSpan limit)
    {
        try
        {
            await process.WaitForExitAsync().WaitAsync(limit);
        }
        catch (TimeoutException)
        {
            Assert.Fail($"Still running after {limit.TotalSeconds} s:{Environment.NewLine}{Transcript}");
        }

        return process.ExitCode;
    }

    /// <summary>As a crashed machine or an OOM killer ends it: SIGKILL, no shutdown code runs.</summary>
    public void Kill()
    {
        process.Kill(entireProcessTree: true);
        process.WaitForExit();
    }

    /// <summary>The HTTP port it was given, when a test starts several.</summary>
    public int Port { get; set; }

    /// <summary>As a container engine stops a container: SIGTERM, then a kill after the grace period.</summary>
    public async Task StopAsync()
    {
        if (process.HasExited)
        {
            return;
        }

        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await term.WaitForExitAsync();
        }

        try
        {
            await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(30));
        }
        catch (TimeoutException)
        {
            process.Kill(entireProcessTree: true);
        }
    }

    public string Transcript => string.Join(Environment.NewLine, Output);

    private void Keep(string? line)
    {
        if (line is not null)
        {
            Output.Enqueue(line);
        }
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}
