using Npgsql;
using Preparedness.Testing.Postgres;

namespace Preparedness.LoadTests.Infrastructure;

/// <summary>
/// The database the app under load uses: a fresh one on a throwaway cluster, or on the loopback
/// server named by <c>PREPAREDNESS_LOAD_CONNECTION</c> (dropped afterwards).
/// </summary>
internal sealed class LoadDatabase(ThrowawayPostgres server, string connectionString) : IDisposable
{
    public const string ExternalVariable = "PREPAREDNESS_LOAD_CONNECTION";

    public string ConnectionString { get; } = connectionString;

    /// <summary>The postmaster of our own cluster (its backends are its children); null on an external server.</summary>
    public int? PostmasterPid => server.PostmasterPid;

    public string Description => $"{server.Description}, database {new NpgsqlConnectionStringBuilder(ConnectionString).Database}";

    public static async Task<LoadDatabase> CreateAsync(CancellationToken ct)
    {
        // 300 connections: the app's pool (100) plus headroom for this tool and a second app instance
        // starting while one stops.
        var server = ThrowawayPostgres.Start(new PostgresOptions { ExternalConnectionVariable = ExternalVariable, Settings = ["max_connections=300"] });
        try
        {
            var host = new NpgsqlConnectionStringBuilder(server.ConnectionString("postgres")).Host;
            if (server.IsExternal && !IsLoopback(host))
            {
                throw new InvalidOperationException($"{ExternalVariable} must point at a loopback server (the measurement is about one machine), not '{host}'.");
            }

            return new LoadDatabase(server, await server.CreateUniqueDatabaseAsync("preparedness_load", cancellationToken: ct));
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public void Dispose() => server.Dispose();

    private static bool IsLoopback(string? host) =>
        host is "localhost" or "127.0.0.1" or "::1" || (host?.StartsWith('/') ?? false);
}
