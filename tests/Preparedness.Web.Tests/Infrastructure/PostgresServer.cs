using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Text;
using System.Text.RegularExpressions;
using Npgsql;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL server shared by every test in this process (<see cref="Instance"/>).
/// </summary>
/// <remarks>
/// <para>
/// If <c>PREPAREDNESS_TEST_CONNECTION</c> is set, it is used as the connection string of an existing
/// server (its Database part is ignored); databases created through this class are dropped at exit.
/// Otherwise a private cluster is created under /tmp from the binaries in /usr/lib/postgresql/*/bin
/// and deleted when the process exits. Both are durability-free (fsync off): test data only.
/// </para>
/// <para>
/// Tests should each use their own database (<see cref="CreateUniqueDatabaseAsync"/>), so that
/// test classes can run in parallel and an externally supplied server can be shared by several runs.
/// </para>
/// </remarks>
public sealed partial class PostgresServer : IDisposable
{
    public const string ExternalConnectionVariable = "PREPAREDNESS_TEST_CONNECTION";

    private const string DirectoryPrefix = "preparedness-pg-";
    private const string OwnerFileName = "owner.pid";
    private static readonly TimeSpan CommandTimeout = TimeSpan.FromSeconds(120);

    // xunit 2 has no assembly fixtures; a process-wide lazy started on first use and stopped at
    // process exit gives every test collection the same server at the cost of one startup.
    private static readonly Lazy<PostgresServer> LazyInstance = new(CreateInstance, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly NpgsqlConnectionStringBuilder _template;
    private readonly string? _directory;
    private readonly string? _binDirectory;
    private readonly bool _asPostgresUser;
    private readonly List<string> _createdDatabases = [];
    private readonly Lock _gate = new();
    private bool _disposed;

    private PostgresServer(NpgsqlConnectionStringBuilder template, string? directory, string? binDirectory, bool asPostgresUser)
    {
        _template = template;
        _directory = directory;
        _binDirectory = binDirectory;
        _asPostgresUser = asPostgresUser;
    }

    /// <summary>The server for this test process, started on first use.</summary>
    public static PostgresServer Instance => LazyInstance.Value;

    /// <summary>True when the server is the one named by <c>PREPAREDNESS_TEST_CONNECTION</c>.</summary>
    public bool IsExternal => _directory is null;

    /// <summary>A connection string for <paramref name="database"/> on this server (as a superuser).</summary>
    public string ConnectionString(string database)
    {
        var builder = new NpgsqlConnectionStringBuilder(_template.ConnectionString) { Database = database };
        return builder.ConnectionString;
    }

    /// <summary>
    /// Creates <paramref name="name"/>, optionally as a copy of <paramref name="template"/>
    /// (PostgreSQL refuses to copy a template that has open connections).
    /// </summary>
    public async Task CreateDatabaseAsync(string name, string? template = null, CancellationToken cancellationToken = default)
    {
        ValidateName(name);
        var sql = $"CREATE DATABASE \"{name}\"";
        if (template is not null)
        {
            ValidateName(template);
            sql += $" TEMPLATE \"{template}\"";
        }

        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync(cancellationToken);
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    await using var command = new NpgsqlCommand(sql, connection);
                    await command.ExecuteNonQueryAsync(cancellationToken);
                    break;
                }
                catch (PostgresException ex) when (ex.SqlState == PostgresErrorCodes.ObjectInUse && template is not null && attempt < 50)
                {
                    // A connection to the template that was just closed can take a moment to end
                    // on the server side; copying fails until it has.
                    await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
                }
            }
        }

        lock (_gate)
        {
            _createdDatabases.Add(name);
        }
    }

    /// <summary>Creates a database with a fresh name starting with <paramref name="prefix"/> and returns its connection string.</summary>
    public async Task<string> CreateUniqueDatabaseAsync(string prefix = "test", string? template = null, CancellationToken cancellationToken = default)
    {
        var name = $"{prefix.ToLowerInvariant()}_{Guid.NewGuid():N}";
        if (name.Length > 63)
        {
            // PostgreSQL silently truncates identifiers to 63 bytes; keep the unique tail instead.
            name = name[^63..];
        }

        await CreateDatabaseAsync(name, template, cancellationToken);
        return ConnectionString(name);
    }

    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed)
            {
                return;
            }

            _disposed = true;
        }

        // Pooled idle connections would otherwise log errors (or block DROP DATABASE) as the server goes.
        NpgsqlConnection.ClearAllPools();

        if (IsExternal)
        {
            DropCreatedDatabases();
            return;
        }

        try
        {
            StopCluster(_directory!, _binDirectory!, _asPostgresUser);
        }
        finally
        {
            TryDeleteDirectory(_directory!);
        }
    }

    private static PostgresServer CreateInstance()
    {
        var server = Start();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Dispose();
        return server;
    }

    private static PostgresServer Start()
    {
        var external = Environment.GetEnvironmentVariable(ExternalConnectionVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            return new PostgresServer(new NpgsqlConnectionStringBuilder(external), null, null, false);
        }

        if (!OperatingSystem.IsLinux())
        {
            throw new PlatformNotSupportedException(
                $"A private PostgreSQL is only started on Linux; elsewhere set {ExternalConnectionVariable} to the connection string of an existing server.");
        }

        var binDirectory = FindBinDirectory();
        var asPostgresUser = geteuid() == 0;
        CleanUpOrphans(binDirectory, asPostgresUser);

        // Under /tmp rather than TMPDIR: as root the server runs as postgres, which must be able to
        // reach the directory, and TMPDIR may point into a private home directory.
        var directory = Path.Combine("/tmp", DirectoryPrefix + Guid.NewGuid().ToString("N")[..12]);
        Directory.CreateDirectory(directory);
        try
        {
            File.SetUnixFileMode(directory, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
                | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
            File.WriteAllText(Path.Combine(directory, OwnerFileName), Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
            StartWatchdog(directory, binDirectory, asPostgresUser);
            if (asPostgresUser)
            {
                // initdb refuses to run as root; everything server-side runs as postgres.
                Run("chown", ["postgres:", directory], asPostgresUser: false, directory);
            }

            var data = Path.Combine(directory, "data");
            Run(Path.Combine(binDirectory, "initdb"),
                ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"],
                asPostgresUser, directory);

            var port = StartCluster(directory, binDirectory, asPostgresUser);
            var template = new NpgsqlConnectionStringBuilder
            {
                Host = "127.0.0.1",
                Port = port,
                Username = "postgres",
                Database = "postgres",
                IncludeErrorDetail = true,
            };
            return new PostgresServer(template, directory, binDirectory, asPostgresUser);
        }
        catch
        {
            StopCluster(directory, binDirectory, asPostgresUser);
            TryDeleteDirectory(directory);
            throw;
        }
    }

    private static int StartCluster(string directory, string binDirectory, bool asPostgresUser)
    {
        var log = Path.Combine(directory, "server.log");
        const int attempts = 3;
        for (var attempt = 1; ; attempt++)
        {
            var port = FindFreePort();
            var options = string.Join(' ',
                "-p", port.ToString(CultureInfo.InvariantCulture),
                "-k", directory,
                "-c listen_addresses=127.0.0.1",
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "-c max_connections=200");
            try
            {
                Run(Path.Combine(binDirectory, "pg_ctl"),
                    ["-D", Path.Combine(directory, "data"), "-l", log, "-w", "-t", "60", "-o", options, "start"],
                    asPostgresUser, directory);
                return port;
            }
            catch (InvalidOperationException) when (attempt < attempts && ReadLog(log).Contains("could not bind", StringComparison.Ordinal))
            {
                // The free port was taken between probing and binding (another test process); try another.
            }
            catch (InvalidOperationException ex)
            {
                throw new InvalidOperationException($"{ex.Message}{Environment.NewLine}--- {log} ---{Environment.NewLine}{ReadLog(log)}", ex);
            }
        }
    }

    private static void StopCluster(string directory, string binDirectory, bool asPostgresUser)
    {
        var data = Path.Combine(directory, "data");
        if (!File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            return;
        }

        try
        {
            Run(Path.Combine(binDirectory, "pg_ctl"), ["-D", data, "-m", "immediate", "-w", "-t", "30", "stop"], asPostgresUser, directory);
        }
        catch (InvalidOperationException)
        {
            // Best effort: the server may already be gone, and a failed stop must not hide a test result.
        }
    }

    // vstest kills the test host about 100 ms after the run ends, usually in the middle of the
    // ProcessExit handler, and a crashed or killed test host runs no handler at all. A detached
    // shell outside the host's process tree and session waits for the host to go, then stops the
    // server and removes the directory.
    private static void StartWatchdog(string directory, string binDirectory, bool asPostgresUser)
    {
        const string script = """
            while [ -d "/proc/$1" ]; do sleep 1; done
            if [ -f "$2/data/postmaster.pid" ]; then
              if [ "$4" = 1 ]; then runuser -u postgres -- "$3" -D "$2/data" -m immediate -w -t 30 stop
              else "$3" -D "$2/data" -m immediate -w -t 30 stop; fi
            fi
            rm -rf "$2"
            """;
        Run("/bin/sh",
            [
                "-c", """setsid sh -c "$0" watchdog "$@" </dev/null >/dev/null 2>&1 &""",
                script,
                Environment.ProcessId.ToString(CultureInfo.InvariantCulture),
                directory,
                Path.Combine(binDirectory, "pg_ctl"),
                asPostgresUser ? "1" : "0",
            ],
            asPostgresUser: false,
            directory);
    }

    // The watchdog itself can be killed (e.g. with the whole machine's processes); the owner file
    // lets the next run recognise such leftovers and remove them.
    private static void CleanUpOrphans(string binDirectory, bool asPostgresUser)
    {
        string[] candidates;
        try
        {
            candidates = Directory.GetDirectories("/tmp", DirectoryPrefix + "*");
        }
        catch (IOException)
        {
            return;
        }
        catch (UnauthorizedAccessException)
        {
            return;
        }

        foreach (var candidate in candidates)
        {
            var ownerFile = Path.Combine(candidate, OwnerFileName);
            if (!File.Exists(ownerFile)
                || !int.TryParse(ReadLog(ownerFile).Trim(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var owner)
                || Directory.Exists($"/proc/{owner}"))
            {
                continue;
            }

            StopCluster(candidate, binDirectory, asPostgresUser);
            TryDeleteDirectory(candidate);
        }
    }

    private void DropCreatedDatabases()
    {
        string[] names;
        lock (_gate)
        {
            names = [.. _createdDatabases];
        }

        if (names.Length == 0)
        {
            return;
        }

        try
        {
            using var connection = new NpgsqlConnection(ConnectionString("postgres"));
            connection.Open();
            foreach (var name in names)
            {
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{name}\" WITH (FORCE)", connection);
                command.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
            // Best effort: leftovers on a shared server are harmless, their names are unique.
        }
    }

    private static string FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        var best = Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(dir => (Dir: Path.Combine(dir, "bin"), Version: ParseMajor(Path.GetFileName(dir))))
                .Where(c => c.Version is not null && File.Exists(Path.Combine(c.Dir, "initdb")) && File.Exists(Path.Combine(c.Dir, "pg_ctl")))
                .OrderByDescending(c => c.Version)
                .Select(c => c.Dir)
                .FirstOrDefault()
            : null;

        return best ?? throw new InvalidOperationException(
            $"PostgreSQL server binaries not found under {root}/*/bin; install them with: sudo apt-get install -y postgresql "
            + $"(or set {ExternalConnectionVariable} to the connection string of an existing server).");

        static int? ParseMajor(string name) =>
            int.TryParse(name.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }

    private static int FindFreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static void Run(string fileName, IReadOnlyList<string> arguments, bool asPostgresUser, string workingDirectory)
    {
        var startInfo = new ProcessStartInfo
        {
            FileName = asPostgresUser ? "runuser" : fileName,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            // The test's own directory may be unreachable for the postgres user (e.g. a repository
            // under a private home directory), and initdb fails if it cannot resolve its cwd.
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
        Process process;
        try
        {
            process = Process.Start(startInfo) ?? throw new InvalidOperationException($"Could not start: {commandLine}");
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new InvalidOperationException($"Could not start: {commandLine}: {ex.Message}", ex);
        }

        using (process)
        {
            var output = new StringBuilder();
            process.OutputDataReceived += (_, e) => Append(output, e.Data);
            process.ErrorDataReceived += (_, e) => Append(output, e.Data);
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();

            if (!process.WaitForExit(CommandTimeout))
            {
                process.Kill(entireProcessTree: true);
                throw new InvalidOperationException($"Timed out after {CommandTimeout.TotalSeconds:0} s: {commandLine}{Environment.NewLine}{Snapshot(output)}");
            }

            // The timed wait does not wait for the output to drain; this one does, and returns at once.
            process.WaitForExit();
            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"Exit code {process.ExitCode}: {commandLine}{Environment.NewLine}{Snapshot(output)}");
            }
        }

        static void Append(StringBuilder output, string? line)
        {
            if (line is null)
            {
                return;
            }

            lock (output)
            {
                output.AppendLine(line);
            }
        }

        static string Snapshot(StringBuilder output)
        {
            lock (output)
            {
                return output.ToString();
            }
        }
    }

    private static string ReadLog(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return string.Empty;
        }
        catch (UnauthorizedAccessException)
        {
            return string.Empty;
        }
    }

    private static void TryDeleteDirectory(string directory)
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A leftover directory under /tmp is harmless; failing the run over it is not.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }

    private static void ValidateName(string name)
    {
        if (!IdentifierPattern().IsMatch(name))
        {
            throw new ArgumentException($"'{name}' is not a plain database name (lower-case letters, digits, underscores; at most 63).", nameof(name));
        }
    }

    [GeneratedRegex("^[a-z_][a-z0-9_]{0,62}$")]
    private static partial Regex IdentifierPattern();

    [DllImport("libc", SetLastError = false)]
    private static extern uint geteuid();
}
