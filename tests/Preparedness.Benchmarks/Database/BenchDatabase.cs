using Npgsql;
using Preparedness.Testing.Postgres;

namespace Preparedness.Benchmarks.Database;

/// <summary>The database measured: the one named by PREPAREDNESS_BENCH_CONNECTION, else one on a throwaway cluster.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string ConnectionVariable = "PREPAREDNESS_BENCH_CONNECTION";

    private readonly ThrowawayPostgres? server;

    private BenchDatabase(string connectionString, string description, ThrowawayPostgres? server)
    {
        ConnectionString = connectionString;
        Description = description;
        this.server = server;
    }

    public string ConnectionString { get; }

    public string Description { get; }

    public static async Task<BenchDatabase> OpenAsync()
    {
        // The database itself, not a server to create one on: it may already hold the loaded data set.
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new NpgsqlConnectionStringBuilder(external);
            return new BenchDatabase(external, $"{ConnectionVariable}: {builder.Host}:{builder.Port}/{builder.Database} (its own durability settings)", null);
        }

        // pg_stat_statements counts every statement (the idle job server's load); durability off only
        // makes the load faster, reads are unaffected.
        var server = ThrowawayPostgres.Start(new PostgresOptions { PreloadLibraries = ["pg_stat_statements"] });
        try
        {
            var connectionString = await server.CreateDatabaseAsync("preparedness_bench");
            return new BenchDatabase(connectionString, server.Description, server);
        }
        catch
        {
            server.Dispose();
            throw;
        }
    }

    public ValueTask DisposeAsync()
    {
        server?.Dispose();
        return ValueTask.CompletedTask;
    }
}
