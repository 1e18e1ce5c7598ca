using System.Diagnostics;
using System.Globalization;

namespace Preparedness.LoadTests.Infrastructure;

/// <summary>
/// A temporary directory under /tmp for this run (app copy and logs), removed at the end.
/// A detached watchdog removes it, and stops the apps started from it, if this tool is killed outright
/// (the database cluster has a watchdog of its own).
/// </summary>
internal sealed class Scratch : IDisposable
{
    public const string AppPidSuffix = ".app-pid";

    private Scratch(string directory) => Directory = directory;

    public string Directory { get; }

    public static Scratch Create()
    {
        var directory = Path.Combine("/tmp", "preparedness-load-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(directory);
        StartWatchdog(directory);
        return new Scratch(directory);
    }

    /// <summary>Tells the watchdog about an app process, so that it ends it if we cannot.</summary>
    public void RecordAppPid(int pid) =>
        File.WriteAllText(Path.Combine(Directory, pid.ToString(CultureInfo.InvariantCulture) + AppPidSuffix), "");

    public void ForgetAppPid(int pid) =>
        File.Delete(Path.Combine(Directory, pid.ToString(CultureInfo.InvariantCulture) + AppPidSuffix));

    public void Dispose()
    {
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // The watchdog will try again when this process is gone.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    // Only pids this tool started are listed, and each is checked to still be our app before it is
    // signalled, so a recycled pid is never hit.
    private static void StartWatchdog(string directory)
    {
        const string script = """
            while [ -d "/proc/$1" ]; do sleep 1; done
            [ -d "$2" ] || exit 0
            for f in "$2"/*.app-pid; do
              [ -e "$f" ] || continue
              pid=$(basename "$f" .app-pid)
              if grep -q Preparedness.Web.dll "/proc/$pid/cmdline" 2>/dev/null; then
                kill -TERM "$pid"; sleep 3; kill -KILL "$pid" 2>/dev/null
              fi
            done
            rm -rf "$2"
            """;
        // The outer shell returns at once, leaving the watchdog in a session of its own.
        var startInfo = new ProcessStartInfo("/bin/sh") { WorkingDirectory = directory };
        foreach (var argument in (string[])
            [
                "-c", """setsid sh -c "$0" watchdog "$@" </dev/null >/dev/null 2>&1 &""",
                script,
                Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
                directory,
            ])
        {
            startInfo.ArgumentList.Add(argument);
        }

        using var shell = Process.Start(startInfo) ?? throw new InvalidOperationException("Could not start /bin/sh for the scratch watchdog.");
        shell.WaitForExit();
    }
}
