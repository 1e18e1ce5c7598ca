using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Preparedness.Testing.Postgres;

/// <summary>A private cluster under /tmp from the machine's own binaries, durability off, deleted when stopped.</summary>
internal sealed class LocalCluster
{
    public const string DirectoryPrefix = "preparedness-pg-";
    public const string OwnerFileName = "owner.pid";

    // Throwaway data: the figures and tests measured start after COMMIT returns, so flushing is not part of them.
    private static readonly string[] Defaults =
        ["listen_addresses=127.0.0.1", "fsync=off", "synchronous_commit=off", "full_page_writes=off", "max_connections=200"];

    private readonly ServerBinaries binaries;

    private readonly List<string> settings;

    private LocalCluster(string directory, ServerBinaries binaries, int port, List<string> settings)
    {
        Directory = directory;
        this.binaries = binaries;
        Port = port;
        this.settings = settings;
    }

    public string Directory { get; }

    public int Port { get; }

    public string Version => binaries.Version;

    /// <summary>The postmaster (its backends are its children); null once it has stopped.</summary>
    public int? PostmasterPid
    {
        get
        {
            var first = ReadText(Path.Combine(Directory, "data", "postmaster.pid")).Split('\n')[0];
            return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
    }

    public static LocalCluster Start(PostgresOptions options)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("A private PostgreSQL is only started on Linux; elsewhere set "
                + (options.ExternalConnectionVariable ?? "an external connection variable") + " to the connection string of an existing server.");
        }

        var binaries = ServerBinaries.Find(options.ExternalConnectionVariable);
        Leftovers.RemoveOrphans(binaries);

        var directory = NewDirectory(binaries);
        try
        {
            binaries.Run("initdb", ["-D", Path.Combine(directory, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], directory);
            var settings = Settings(options, binaries);
            return new LocalCluster(directory, binaries, StartServer(directory, binaries, settings), settings);
        }
        catch
        {
            Remove(directory, binaries);
            throw;
        }
    }

    /// <summary>
    /// A streaming standby of this server (<c>pg_basebackup -R</c>: it follows the primary until promoted),
    /// on a port of its own, removed like any private cluster.
    /// </summary>
    public LocalCluster StartStandby()
    {
        var directory = NewDirectory(binaries);
        try
        {
            binaries.Run("pg_basebackup", ["-h", "127.0.0.1", "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", "postgres", "-D", Path.Combine(directory, "data"), "-R", "-X", "stream", "--no-sync"], directory);
            return new LocalCluster(directory, binaries, StartServer(directory, binaries, settings), settings);
        }
        catch
        {
            Remove(directory, binaries);
            throw;
        }
    }

    /// <summary>Makes a standby the primary (<c>pg_ctl promote</c>), waiting until it accepts writes.</summary>
    public void Promote() =>
        binaries.Run("pg_ctl", ["-D", Path.Combine(Directory, "data"), "-w", "-t", "60", "promote"], Directory);

    private static string NewDirectory(ServerBinaries binaries)
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("A private PostgreSQL is only started on Linux.");
        }

        // Under /tmp rather than TMPDIR: as root the server runs as postgres, which must be able to
        // reach the directory, and TMPDIR may point into a private home directory.
        var directory = Path.Combine("/tmp", DirectoryPrefix + Guid.NewGuid().ToString("N")[..12]);
        System.IO.Directory.CreateDirectory(directory);
        try
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.WriteAllText(Path.Combine(directory, OwnerFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            Leftovers.StartWatchdog(directory, binaries);
            if (binaries.AsPostgresUser)
            {
                Command.Run("chown", ["postgres:", directory], directory);
            }

            return directory;
        }
        catch
        {
            Remove(directory, binaries);
            throw;
        }
    }

    public void Stop() => Remove(Directory, binaries);

    /// <summary>Stops the server as an operator would (<c>pg_ctl stop -m fast</c>: sessions are ended), keeping its data.</summary>
    public void StopServer() =>
        binaries.Run("pg_ctl", ["-D", Path.Combine(Directory, "data"), "-m", "fast", "-w", "-t", "60", "stop"], Directory);

    /// <summary>Starts the stopped server again on the same port.</summary>
    public void StartServerAgain() =>
        binaries.Run("pg_ctl", ["-D", Path.Combine(Directory, "data"), "-l", Path.Combine(Directory, "server.log"), "-w", "-t", "60", "-o", ServerOptions(Port, Directory, settings), "start"], Directory);

    /// <summary>Runs one of the server's client tools (pg_dump, pg_restore, psql) from the same installation.</summary>
    public string Tool(string name) => Path.Combine(binaries.Directory, name);

    /// <summary>Stops the server in <paramref name="directory"/> if it runs, and deletes the directory.</summary>
    public static void Remove(string directory, ServerBinaries binaries)
    {
        var data = Path.Combine(directory, "data");
        try
        {
            if (File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                binaries.Run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"], directory);
            }
        }
        catch (InvalidOperationException)
        {
            // Best effort: the server may already be gone, and a failed stop must not hide a result.
        }

        try
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // A leftover directory under /tmp is harmless; failing the run over it is not.
        }
    }

    public static string ReadText(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static List<string> Settings(PostgresOptions options, ServerBinaries binaries)
    {
        List<string> settings = [.. Defaults, .. options.Settings];
        var preload = options.PreloadLibraries.Where(binaries.Ships).ToList();
        if (preload.Count > 0)
        {
            settings.Add("shared_preload_libraries=" + string.Join(',', preload));
        }

        return settings;
    }

    private static int StartServer(string directory, ServerBinaries binaries, List<string> settings)
    {
        var log = Path.Combine(directory, "server.log");
        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort();
            var serverOptions = ServerOptions(port, directory, settings);
            try
            {
                binaries.Run("pg_ctl", ["-D", Path.Combine(directory, "data"), "-l", log, "-w", "-t", "60", "-o", serverOptions, "start"], directory);
                return port;
            }
            catch (InvalidOperationException) when (attempt < 3 && ReadText(log).Contains("could not bind", StringComparison.Ordinal))
            {
                // The free port was taken between probing and binding (another process); try another.
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidOperationException($"{ex.Message}{Environment.NewLine}--- {log} ---{Environment.NewLine}{ReadText(log)}", ex);
            }
        }
    }

    private static string ServerOptions(int port, string directory, List<string> settings) =>
        string.Join(' ', ["-p", port.ToString(CultureInfo.InvariantCulture), "-k", directory, .. settings.Select(s => "-c " + s)]);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
