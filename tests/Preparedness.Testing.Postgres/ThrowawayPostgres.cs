using Npgsql;

namespace Preparedness.Testing.Postgres;

/// <summary>
/// The PostgreSQL server of a test run, benchmark or load run: a private cluster under /tmp from the
/// machine's own binaries, or the existing server named by <see cref="PostgresOptions.ExternalConnectionVariable"/>.
/// </summary>
/// <remarks>
/// A private cluster is durability-free (fsync off: throwaway data only) and is stopped and deleted on
/// dispose, at process exit, or by a watchdog if the process is killed. On an external server the
/// databases created through this class are dropped on dispose instead, so several runs can share it.
/// </remarks>
public sealed class ThrowawayPostgres : IDisposable
{
    private readonly NpgsqlConnectionStringBuilder server;
    private readonly LocalCluster? cluster;
    private readonly string? externalVariable;
    private readonly List<string> created = [];
    private readonly Lock gate = new();
    private bool disposed;

    private ThrowawayPostgres(NpgsqlConnectionStringBuilder server, LocalCluster? cluster, string? externalVariable)
    {
        this.server = server;
        this.cluster = cluster;
        this.externalVariable = externalVariable;
    }

    /// <summary>True when the server is the existing one named by the external connection variable.</summary>
    public bool IsExternal => cluster is null;

    /// <summary>The postmaster of the private cluster (its backends are its children); null on an external server.</summary>
    public int? PostmasterPid => cluster?.PostmasterPid;

    /// <summary>Where the server is and how durable it is, for a report's header.</summary>
    public string Description => cluster is null
        ? $"external server {server.Host}:{server.Port} ({externalVariable})"
        : $"throwaway PostgreSQL {cluster.Version} on 127.0.0.1:{cluster.Port} in {cluster.Directory}; fsync, synchronous_commit and full_page_writes off";

    /// <summary>The directory of the server's binaries (pg_dump, psql, pg_ctl); null on an external server.</summary>
    public string? BinaryDirectory => cluster is null ? null : Path.GetDirectoryName(cluster.Tool("pg_ctl"));

    /// <summary>Stops the private cluster's server, keeping its data (a database outage); not possible on an external server.</summary>
    public void StopServer() => (cluster ?? throw ExternalCannot("stop")).StopServer();

    /// <summary>Starts the stopped server again, on the same port.</summary>
    public void StartServer() => (cluster ?? throw ExternalCannot("start")).StartServerAgain();

    /// <summary>The port of the private cluster's server; null on an external server.</summary>
    public int? Port => cluster?.Port;

    /// <summary>
    /// A streaming standby of this private cluster (<c>pg_basebackup -R</c>), a server of its own that
    /// follows this one until <see cref="Promote"/>d; disposed separately.
    /// </summary>
    public ThrowawayPostgres StartStandby()
    {
        var standby = FromCluster((cluster ?? throw ExternalCannot("replicate")).StartStandby());
        AppDomain.CurrentDomain.ProcessExit += (_, _) => standby.Dispose();
        return standby;
    }

    /// <summary>Promotes this standby to a primary (<c>pg_ctl promote</c>), as a failover does.</summary>
    public void Promote() => (cluster ?? throw ExternalCannot("promote")).Promote();

    private static InvalidOperationException ExternalCannot(string what) =>
        new($"Cannot {what} an external server; these tests need a private cluster (the server binaries).");

    public static ThrowawayPostgres Start(PostgresOptions? options = null)
    {
        options ??= new PostgresOptions();
        var variable = options.ExternalConnectionVariable;
        var external = variable is null ? null : Environment.GetEnvironmentVariable(variable);
        var postgres = string.IsNullOrWhiteSpace(external)
            ? FromCluster(LocalCluster.Start(options))
            : new ThrowawayPostgres(new NpgsqlConnectionStringBuilder(external), null, variable);

        // Ctrl-C, or a test run whose process-wide server is never disposed: tidy up on the way out.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => postgres.Dispose();
        return postgres;
    }

    /// <summary>A connection string for <paramref name="database"/> on this server, as a superuser.</summary>
    public string ConnectionString(string database) =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database }.ConnectionString;

    /// <summary>A connection string for <paramref name="database"/> as a login role made by <see cref="CreateLoginRoleAsync"/>.</summary>
    public string ConnectionString(string database, LoginRole role) =>
        new NpgsqlConnectionStringBuilder(server.ConnectionString) { Database = database, Username = role.Name, Password = role.Password }.ConnectionString;

    /// <summary>
    /// Makes (or reuses) a plain login role (not a superuser, no CREATEDB, no CREATEROLE), e.g. an owner role
    /// that migrations run as and a runtime role the app runs as. Roles belong to the whole server.
    /// </summary>
    public async Task<LoginRole> CreateLoginRoleAsync(string name, CancellationToken cancellationToken = default)
    {
        var role = new LoginRole(name, Convert.ToHexString(System.Security.Cryptography.RandomNumberGenerator.GetBytes(16)));
        var quoted = DatabaseName.Quote(name);
        await using var connection = new NpgsqlConnection(ConnectionString("postgres"));
        await connection.OpenAsync(cancellationToken);
        var sql = "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = '" + name + "') THEN CREATE ROLE " + quoted + "; END IF; END $$;"
            + " ALTER ROLE " + quoted + " LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE NOREPLICATION NOBYPASSRLS PASSWORD '" + role.Password + "';";
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await using var command = new NpgsqlCommand(sql, connection);
                await command.ExecuteNonQueryAsync(cancellationToken);
                return role;
            }
            catch (PostgresException ex) when (ex.SqlState is PostgresErrorCodes.UniqueViolation or PostgresErrorCodes.DuplicateObject && attempt < 3)
            {
                // Two callers made the same role at once: the other one won, take it over.
            }
        }
    }

    /// <summary>
    /// Creates <paramref name="name"/>, optionally as a copy of <paramref name="template"/>, and returns
    /// its connection string. PostgreSQL refuses to copy a template that has open connections.
    /// </summary>
    public async Task<string> CreateDatabaseAsync(string name, string? template = null, CancellationToken cancellationToken = default, LoginRole? owner = null)
    {
        var sql = $"CREATE DATABASE {DatabaseName.Quote(name)}" + (template is null ? "" : $" TEMPLATE {DatabaseName.Quote(template)}")
            + (owner is null ? "" : $" OWNER {DatabaseName.Quote(owner.Name)}");
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

        lock (gate)
        {
            created.Add(name);
        }

        return ConnectionString(name);
    }

    /// <summary>Creates a database with a fresh name starting with <paramref name="prefix"/> and returns its connection string.</summary>
    public Task<string> CreateUniqueDatabaseAsync(string prefix = "test", string? template = null, CancellationToken cancellationToken = default, LoginRole? owner = null) =>
        CreateDatabaseAsync(DatabaseName.Unique(prefix), template, cancellationToken, owner);

    public void Dispose()
    {
        lock (gate)
        {
            if (disposed)
            {
                return;
            }

            disposed = true;
        }

        // Pooled idle connections would otherwise log errors (or block DROP DATABASE) as the server goes.
        NpgsqlConnection.ClearAllPools();
        if (cluster is null)
        {
            DropCreatedDatabases();
        }
        else
        {
            cluster.Stop();
        }
    }

    private static ThrowawayPostgres FromCluster(LocalCluster cluster) => new(
        new NpgsqlConnectionStringBuilder
        {
            Host = "127.0.0.1",
            Port = cluster.Port,
            Username = "postgres",
            Database = "postgres",
            IncludeErrorDetail = true,
        },
        cluster,
        null);

    private void DropCreatedDatabases()
    {
        string[] names;
        lock (gate)
        {
            names = [.. created];
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
                using var command = new NpgsqlCommand($"DROP DATABASE IF EXISTS {DatabaseName.Quote(name)} WITH (FORCE)", connection);
                command.ExecuteNonQuery();
            }
        }
        catch (NpgsqlException)
        {
            // Best effort: leftovers on a shared server are harmless, their names are unique.
        }
    }
}
