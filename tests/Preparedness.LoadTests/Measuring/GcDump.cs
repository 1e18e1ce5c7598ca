using System.Diagnostics;

namespace Preparedness.LoadTests.Measuring;

/// <summary>
/// Optional heap dumps of the app (dotnet-gcdump, a dotnet tool) with and without the circuits, to see
/// which types hold a circuit's memory: `dotnet-gcdump report FILE` lists them.
/// </summary>
internal static class GcDump
{
    private static readonly TimeSpan Limit = TimeSpan.FromMinutes(3);

    /// <summary>Writes DIR/NAME.gcdump; returns a note for the report (where it is, or why not).</summary>
    public static async Task<string> CollectAsync(int pid, string? directory, string name, CancellationToken ct)
    {
        if (directory is null)
        {
            return "";
        }

        Directory.CreateDirectory(directory);
        var path = Path.Combine(Path.GetFullPath(directory), $"{name}.gcdump");
        var tool = Path.Combine(Environment.GetEnvironmentVariable("HOME") ?? "/root", ".dotnet", "tools", "dotnet-gcdump");
        var start = new ProcessStartInfo(File.Exists(tool) ? tool : "dotnet-gcdump")
        {
            ArgumentList = { "collect", "-p", pid.ToString(System.Globalization.CultureInfo.InvariantCulture), "-o", path },
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        try
        {
            using var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet-gcdump did not start");
            using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
            limit.CancelAfter(Limit);
            await process.WaitForExitAsync(limit.Token);
            return process.ExitCode == 0 ? $"heap dump {name}: {path}" : $"heap dump {name} failed: {(await process.StandardError.ReadToEndAsync(ct)).Trim()}";
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "heap dumps need dotnet-gcdump (dotnet tool install -g dotnet-gcdump --version 10.0.750501)";
        }
    }
}
