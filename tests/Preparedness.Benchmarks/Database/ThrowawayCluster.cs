using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Preparedness.Benchmarks.Database;

/// <summary>
/// A private PostgreSQL cluster under /tmp from the machine's own binaries, removed on dispose.
/// Durability is off (fsync, synchronous_commit, full_page_writes): only the load gets faster, reads are unaffected.
/// </summary>
internal sealed class ThrowawayCluster : IAsyncDisposable
{
    public const string Durability = "fsync=off, synchronous_commit=off, full_page_writes=off (throwaway cluster)";
    private const string DirectoryPrefix = "preparedness-bench-pg-";
    private const string OwnerFile = "owner.pid";

    private readonly string directory;
    private readonly string binDirectory;
    private readonly bool asPostgres;
    private int disposed;

    private ThrowawayCluster(string directory, string binDirectory, bool asPostgres, int port)
    {
        this.directory = directory;
        this.binDirectory = binDirectory;
        this.asPostgres = asPostgres;
        Port = port;
    }

    public int Port { get; }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port};Username=postgres;Database={database};Include Error Detail=true";

    public static ThrowawayCluster Start()
    {
        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException("A throwaway cluster is only started on Linux; elsewhere set PREPAREDNESS_BENCH_CONNECTION.");
        }

        var bin = FindBinDirectory();
        var asPostgres = Environment.IsPrivilegedProcess;
        RemoveOrphans(bin, asPostgres);

        // /tmp rather than TMPDIR: as root the server runs as postgres, which must reach the directory.
        var dir = Path.Combine("/tmp", DirectoryPrefix + Guid.NewGuid().ToString("N")[..10]);
        Directory.CreateDirectory(dir);
        File.SetUnixFileMode(dir, (UnixFileMode)0b111_101_101);
        File.WriteAllText(Path.Combine(dir, OwnerFile), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        if (asPostgres)
        {
            Run("chown", ["postgres:", dir], asPostgres: false, dir);
        }

        Run(Path.Combine(bin, "initdb"), ["-D", Path.Combine(dir, "data"), "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], asPostgres, dir);
        var port = FreePort();
        var options = $"-p {port} -k {dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off";

        // Counts every statement (the idle job server's load); only where the distribution ships it.
        if (File.Exists(Path.Combine(Path.GetDirectoryName(bin)!, "lib", "pg_stat_statements.so")))
        {
            options += " -c shared_preload_libraries=pg_stat_statements";
        }
        Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(dir, "data"), "-l", Path.Combine(dir, "server.log"), "-w", "-t", "60", "-o", options, "start"], asPostgres, dir);
        var cluster = new ThrowawayCluster(dir, bin, asPostgres, port);

        // Ctrl-C or SIGTERM mid-run skips the await using; the server must not outlive us.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => cluster.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return cluster;
    }

    public ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 0)
        {
            Stop(directory, binDirectory, asPostgres);
        }

        return ValueTask.CompletedTask;
    }

    // A run killed with SIGKILL leaves its cluster behind; the owner file lets the next run tidy up.
    private static void RemoveOrphans(string bin, bool asPostgres)
    {
        foreach (var dir in Directory.GetDirectories("/tmp", DirectoryPrefix + "*"))
        {
            var owner = Path.Combine(dir, OwnerFile);
            if (File.Exists(owner) && int.TryParse(File.ReadAllText(owner).Trim(), CultureInfo.InvariantCulture, out var pid) && !Directory.Exists($"/proc/{pid}"))
            {
                Stop(dir, bin, asPostgres);
            }
        }
    }

    private static void Stop(string dir, string bin, bool asPostgres)
    {
        try
        {
            if (File.Exists(Path.Combine(dir, "data", "postmaster.pid")))
            {
                Run(Path.Combine(bin, "pg_ctl"), ["-D", Path.Combine(dir, "data"), "-m", "fast", "-w", "-t", "30", "stop"], asPostgres, dir);
            }
        }
        catch (InvalidOperationException)
        {
            // Best effort: a failed stop must not hide the benchmark's own result.
        }

        try
        {
            Directory.Delete(dir, recursive: true);
        }
        catch (IOException)
        {
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static string FindBinDirectory() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Where(d => int.TryParse(Path.GetFileName(d), CultureInfo.InvariantCulture, out _) && File.Exists(Path.Combine(d, "bin", "initdb")))
                .OrderByDescending(d => int.Parse(Path.GetFileName(d), CultureInfo.InvariantCulture))
                .Select(d => Path.Combine(d, "bin"))
                .FirstOrDefault() ?? throw NoBinaries()
            : throw NoBinaries();

    private static InvalidOperationException NoBinaries() => new(
        "No PostgreSQL server binaries under /usr/lib/postgresql/*/bin: apt-get install -y postgresql, or set PREPAREDNESS_BENCH_CONNECTION.");

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string file, IReadOnlyList<string> arguments, bool asPostgres, string workingDirectory)
    {
        // initdb and postgres refuse to run as root.
        var start = new ProcessStartInfo(asPostgres ? "runuser" : file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory,
        };
        if (asPostgres)
        {
            foreach (var a in (string[])["-u", "postgres", "--", file])
            {
                start.ArgumentList.Add(a);
            }
        }

        foreach (var a in arguments)
        {
            start.ArgumentList.Add(a);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {file}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} exited with {process.ExitCode}: {stdout.Result}{stderr.Result}");
        }
    }
}
