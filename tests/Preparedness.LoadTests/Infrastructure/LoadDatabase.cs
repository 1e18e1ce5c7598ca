using System.Globalization;
using Npgsql;

namespace Preparedness.LoadTests.Infrastructure;

/// <summary>
/// The database the app under load uses: a fresh one on a throwaway cluster under the scratch
/// directory, or a fresh one on the server named by <c>PREPAREDNESS_LOAD_CONNECTION</c>, dropped afterwards.
/// </summary>
internal sealed class LoadDatabase : IAsyncDisposable
{
    public const string ExternalVariable = "PREPAREDNESS_LOAD_CONNECTION";
    private const string DatabaseName = "preparedness_load";

    private readonly string? clusterDirectory;
    private readonly string? binDirectory;
    private readonly NpgsqlConnectionStringBuilder server;

    private LoadDatabase(NpgsqlConnectionStringBuilder server, string databaseName, string? clusterDirectory, string? binDirectory)
    {
        this.server = server;
        this.clusterDirectory = clusterDirectory;
        this.binDirectory = binDirectory;
        ConnectionString = new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = databaseName }.ConnectionString;
    }

    public string ConnectionString { get; }

    /// <summary>The postmaster of our own cluster (its backends are its children); null on an external server.</summary>
    public int? PostmasterPid => clusterDirectory is null ? null : ReadPostmasterPid(Path.Combine(clusterDirectory, "data"));

    public string Description => clusterDirectory is null
        ? $"external server {server.Host}:{server.Port} (PREPAREDNESS_LOAD_CONNECTION), database {new NpgsqlConnectionStringBuilder(ConnectionString).Database}"
        : $"throwaway PostgreSQL {Path.GetFileName(Path.GetDirectoryName(binDirectory))} on 127.0.0.1:{server.Port} in {clusterDirectory}";

    public static string? FindPgCtl() =>
        string.IsNullOrWhiteSpace(Environment.GetEnvironmentVariable(ExternalVariable)) && FindBinDirectory() is { } bin
            ? Path.Combine(bin, "pg_ctl")
            : null;

    public static async Task<LoadDatabase> CreateAsync(Scratch scratch, CancellationToken ct)
    {
        var external = Environment.GetEnvironmentVariable(ExternalVariable);
        LoadDatabase database;
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new NpgsqlConnectionStringBuilder(external);
            if (!IsLoopback(builder.Host))
            {
                throw new InvalidOperationException($"{ExternalVariable} must point at a loopback server (the measurement is about one machine), not '{builder.Host}'.");
            }

            database = new LoadDatabase(builder, $"{DatabaseName}_{Guid.NewGuid():N}"[..40], null, null);
        }
        else
        {
            var bin = FindBinDirectory() ?? throw new InvalidOperationException(
                $"PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install -y postgresql), or set {ExternalVariable}.");
            database = StartCluster(scratch, bin);
        }

        try
        {
            await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(database.server.ConnectionString) { Database = "postgres" }.ConnectionString);
            await connection.OpenAsync(ct);
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{new NpgsqlConnectionStringBuilder(database.ConnectionString).Database}\"", connection);
            await create.ExecuteNonQueryAsync(ct);
            return database;
        }
        catch
        {
            await database.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Pooled idle connections would block DROP DATABASE or log errors as the server stops.
        NpgsqlConnection.ClearAllPools();
        if (clusterDirectory is null)
        {
            try
            {
                await using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = "postgres" }.ConnectionString);
                await connection.OpenAsync();
                await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{new NpgsqlConnectionStringBuilder(ConnectionString).Database}\" WITH (FORCE)", connection);
                await drop.ExecuteNonQueryAsync();
            }
            catch (NpgsqlException ex)
            {
                Console.Error.WriteLine($"[load] could not drop the load database: {ex.Message}");
            }

            return;
        }

        var data = Path.Combine(clusterDirectory, "data");
        if (File.Exists(Path.Combine(data, "postmaster.pid")))
        {
            try
            {
                ShellCommand.Run(Path.Combine(binDirectory!, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "-t", "60", "stop"], clusterDirectory, Native.IsRoot);
            }
            catch (InvalidOperationException ex)
            {
                Console.Error.WriteLine($"[load] pg_ctl stop: {ex.Message}");
            }
        }
    }

    private static LoadDatabase StartCluster(Scratch scratch, string bin)
    {
        var directory = Path.Combine(scratch.Directory, "pg");
        Directory.CreateDirectory(directory);
        if (Native.IsRoot)
        {
            // initdb and postgres refuse to run as root; everything server-side runs as postgres.
            ShellCommand.Run("chown", ["postgres:", directory], directory);
        }

        var data = Path.Combine(directory, "data");
        ShellCommand.Run(Path.Combine(bin, "initdb"),
            ["-D", data, "-U", "postgres", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"], directory, Native.IsRoot);

        for (var attempt = 1; ; attempt++)
        {
            var port = FreePort.Find();
            // Durability off: nothing here is worth keeping, and the figures measured start after COMMIT
            // returns, so the cost of flushing the WAL is not part of them. 300 connections: the app's
            // pool (100) plus headroom for this tool and a second app instance starting while one stops.
            var options = string.Join(' ',
                "-p", port.ToString(CultureInfo.InvariantCulture), "-k", directory, "-c listen_addresses=127.0.0.1",
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300");
            try
            {
                ShellCommand.Run(Path.Combine(bin, "pg_ctl"),
                    ["-D", data, "-l", Path.Combine(directory, "server.log"), "-w", "-t", "60", "-o", options, "start"], directory, Native.IsRoot);
                var server = new NpgsqlConnectionStringBuilder
                {
                    Host = "127.0.0.1",
                    Port = port,
                    Username = "postgres",
                    Database = "postgres",
                    IncludeErrorDetail = true,
                };
                return new LoadDatabase(server, DatabaseName, directory, bin);
            }
            catch (InvalidOperationException) when (attempt < 3)
            {
                // The free port can be taken between probing and binding; try another.
            }
        }
    }

    private static int? ReadPostmasterPid(string data)
    {
        try
        {
            var first = File.ReadLines(Path.Combine(data, "postmaster.pid")).FirstOrDefault();
            return int.TryParse(first, NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

    private static string? FindBinDirectory()
    {
        const string root = "/usr/lib/postgresql";
        return Directory.Exists(root)
            ? Directory.GetDirectories(root)
                .Select(dir => (Bin: Path.Combine(dir, "bin"), Major: int.TryParse(Path.GetFileName(dir).Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1))
                .Where(c => c.Major > 0 && File.Exists(Path.Combine(c.Bin, "initdb")) && File.Exists(Path.Combine(c.Bin, "pg_ctl")))
                .OrderByDescending(c => c.Major)
                .Select(c => c.Bin)
                .FirstOrDefault()
            : null;
    }

    private static bool IsLoopback(string? host) =>
        host is "localhost" or "127.0.0.1" or "::1" || (host?.StartsWith('/') ?? false);
}
