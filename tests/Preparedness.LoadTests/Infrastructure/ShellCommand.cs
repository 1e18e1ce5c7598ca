using System.Diagnostics;
using System.Text;

namespace Preparedness.LoadTests.Infrastructure;

/// <summary>Runs a short command to completion (initdb, pg_ctl, chown), with a time limit and its output kept for errors.</summary>
internal static class ShellCommand
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
            // initdb fails if the postgres user cannot resolve its working directory (e.g. under /root).
            WorkingDirectory = workingDirectory,
        };
        if (asPostgresUser)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", fileName })
            {
                startInfo.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            startInfo.ArgumentList.Add(argument);
        }

        var commandLine = string.Join(' ', startInfo.ArgumentList.Prepend(startInfo.FileName));
        using var process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start: {commandLine}");
        var output = new StringBuilder();
        process.OutputDataReceived += (_, e) => Append(output, e.Data);
        process.ErrorDataReceived += (_, e) => Append(output, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (!process.WaitForExit(Limit))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"Timed out after {Limit.TotalSeconds:0} s: {commandLine}");
        }

        // The timed wait does not drain the output; this one does, and returns at once.
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            lock (output)
            {
                throw new InvalidOperationException($"Exit code {process.ExitCode}: {commandLine}{Environment.NewLine}{output}");
            }
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
}
