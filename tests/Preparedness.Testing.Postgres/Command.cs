using System.ComponentModel;
using System.Diagnostics;
using System.Text;

namespace Preparedness.Testing.Postgres;

/// <summary>Runs a short command (initdb, pg_ctl, chown) to completion, with a time limit and its output kept for errors.</summary>
internal static class Command
{
    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(120);

    public static void Run(string fileName, IReadOnlyList<string> arguments, string workingDirectory, bool asPostgresUser = false)
    {
        var startInfo = new ProcessStartInfo
        {
            FileName = asPostgresUser ? "runuser" : fileName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The caller's directory may be unreachable for the postgres user (a repository under a
            // private home directory), and initdb fails if it cannot resolve its working directory.
            WorkingDirectory = workingDirectory,
        };
        IEnumerable<string> prefix = asPostgresUser ? ["-u", "postgres", "--", fileName] : [];
        foreach (var argument in prefix.Concat(arguments))
        {
            startInfo.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', startInfo.ArgumentList.Prepend(startInfo.FileName));
        using var process = Start(startInfo, commandLine);
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Timed out after {Limit.TotalSeconds:0} s: {commandLine}{Environment.NewLine}{Snapshot(output)}");
        }

        // The timed wait does not wait for the output to drain; this one does, and returns at once.
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Exit code {process.ExitCode}: {commandLine}{Environment.NewLine}{Snapshot(output)}");
        }
    }

    private static Process Start(ProcessStartInfo startInfo, string commandLine)
    {
        try
        {
            return Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start: {commandLine}");
        }
        catch (Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not start: {commandLine}: {ex.Message}", ex);
        }
    }

    private static void Append(StringBuilder output, string? line)
    {
        if (line is not null)
        {
            lock (output)
            {
                output.AppendLine(line);
            }
        }
    }

    private static string Snapshot(StringBuilder output)
    {
        lock (output)
        {
            return output.ToString();
        }
    }
}
