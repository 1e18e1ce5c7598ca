using System.Globalization;

namespace Preparedness.LoadTests.Infrastructure;

/// <summary>
/// A temporary directory under /tmp for this run (database cluster, app logs), removed at the end.
/// A detached watchdog removes it, and stops what was started in it, if this tool is killed outright.
/// </summary>
internal sealed class Scratch : IDisposable
{
    public const string AppPidSuffix = ".app-pid";

    private Scratch(string directory) => Directory = directory;

    public string Directory { get; }

    public static Scratch Create(string? pgCtl)
    {
        // Under /tmp rather than TMPDIR: as root the cluster runs as postgres, which must reach it.
        var directory = Path.Combine("/tmp", "preparedness-load-" + Guid.NewGuid().ToString("N")[..10]);
        System.IO.Directory.CreateDirectory(directory);
        File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
            | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        StartWatchdog(directory, pgCtl);
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
    private static void StartWatchdog(string directory, string? pgCtl)
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
            if [ -n "$3" ] && [ -f "$2/pg/data/postmaster.pid" ]; then
              if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$3" -D "$2/pg/data" -m immediate -w -t 30 stop
              else "$3" -D "$2/pg/data" -m immediate -w -t 30 stop; fi
            fi
            rm -rf "$2"
            """;
        ShellCommand.Run("/bin/sh",
            [
                "-c", """setsid sh -c "$0" watchdog "$@" </dev/null >/dev/null 2>&1 &""",
                script,
                Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
                directory,
                pgCtl ?? "",
            ],
            directory);
    }
}
