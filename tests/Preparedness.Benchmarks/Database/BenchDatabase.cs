using Npgsql;

namespace Preparedness.Benchmarks.Database;

/// <summary>The database measured: the one named by PREPAREDNESS_BENCH_CONNECTION, else a throwaway cluster.</summary>
internal sealed class BenchDatabase : IAsyncDisposable
{
    public const string ConnectionVariable = "PREPAREDNESS_BENCH_CONNECTION";

    private readonly ThrowawayCluster? cluster;

    private BenchDatabase(string connectionString, string description, ThrowawayCluster? cluster)
    {
        ConnectionString = connectionString;
        Description = description;
        this.cluster = cluster;
    }

    public string ConnectionString { get; }

    public string Description { get; }

    public static async Task<BenchDatabase> OpenAsync()
    {
        var external = Environment.GetEnvironmentVariable(ConnectionVariable);
        if (!string.IsNullOrWhiteSpace(external))
        {
            var builder = new NpgsqlConnectionStringBuilder(external);
            return new BenchDatabase(external, $"{ConnectionVariable}: {builder.Host}:{builder.Port}/{builder.Database} (its own durability settings)", null);
        }

        var cluster = ThrowawayCluster.Start();
        try
        {
            await using (var connection = new NpgsqlConnection(cluster.ConnectionString("postgres")))
            {
                await connection.OpenAsync();
                await using var create = new NpgsqlCommand("CREATE DATABASE preparedness_bench", connection);
                await create.ExecuteNonQueryAsync();
            }

            return new BenchDatabase(cluster.ConnectionString("preparedness_bench"), $"throwaway cluster on 127.0.0.1:{cluster.Port}; {ThrowawayCluster.Durability}", cluster);
        }
        catch
        {
            await cluster.DisposeAsync();
            throw;
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Idle pooled connections would otherwise be cut off mid-shutdown and log errors.
        NpgsqlConnection.ClearAllPools();
        if (cluster is not null)
        {
            await cluster.DisposeAsync();
        }
    }
}
