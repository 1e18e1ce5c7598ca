using System.Globalization;

namespace Preparedness.Testing.Postgres;

/// <summary>Makes sure a private cluster does not outlive the process that started it, however that process ends.</summary>
internal static class Leftovers
{
    // vstest kills the test host about 100 ms after the run ends, usually in the middle of the
    // ProcessExit handler, and a crashed or killed process runs no handler at all. A detached
    // shell outside the process tree and session waits for the owner to go, then stops the
    // server and removes the directory.
    public static void StartWatchdog(string directory, ServerBinaries binaries)
    {
        const string script = """
            while [ -d "/proc/$1" ]; do sleep 1; done
            if [ -f "$2/data/postmaster.pid" ]; then
              if [ "$4" = 1 ]; then runuser -u postgres -- "$3" -D "$2/data" -m immediate -w -t 30 stop
              else "$3" -D "$2/data" -m immediate -w -t 30 stop; fi
            fi
            rm -rf "$2"
            """;
        Command.Run("/bin/sh",
            [
                "-c", """setsid sh -c "$0" watchdog "$@" </dev/null >/dev/null 2>&1 &""",
                script,
                Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
                directory,
                Path.Combine(binaries.Directory, "pg_ctl"),
                binaries.AsPostgresUser ? "1" : "0",
            ],
            directory);
    }

    // The watchdog itself can be killed (e.g. with the whole machine's processes); the owner file
    // lets the next start recognise such leftovers and remove them.
    public static void RemoveOrphans(ServerBinaries binaries)
    {
        string[] candidates;
        try
        {
            candidates = Directory.GetDirectories("/tmp", LocalCluster.DirectoryPrefix + "*");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var owner = LocalCluster.ReadText(Path.Combine(candidate, LocalCluster.OwnerFileName)).Trim();
            if (int.TryParse(owner, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                LocalCluster.Remove(candidate, binaries);
            }
        }
    }
}
