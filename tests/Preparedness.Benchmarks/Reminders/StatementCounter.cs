using Npgsql;

namespace Preparedness.Benchmarks.Reminders;

/// <summary>Reads the statements and transactions PostgreSQL counted for the benchmark database, leaving out its own reads.</summary>
internal sealed class StatementCounter
{
    private const string Ours = "dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) AND query NOT LIKE '%pg_stat%'";

    private readonly string connectionString;

    private StatementCounter(string connectionString, bool hasStatementStats)
    {
        this.connectionString = connectionString;
        HasStatementStats = hasStatementStats;
    }

    public bool HasStatementStats { get; }

    public static async Task<StatementCounter> OpenAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        try
        {
            await Execute(connection, "CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            await Execute(connection, "SELECT pg_stat_statements_reset()");
            return new StatementCounter(connectionString, true);
        }
        catch (PostgresException)
        {
            return new StatementCounter(connectionString, false);
        }
    }

    public async Task<(long Statements, long Transactions)> ReadAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var statements = HasStatementStats
            ? await Scalar(connection, $"SELECT coalesce(sum(calls), 0)::bigint FROM pg_stat_statements WHERE {Ours}")
            : 0;

        // pg_stat_database is cumulative and updated at the end of each transaction of other sessions.
        var transactions = await Scalar(connection, "SELECT (xact_commit + xact_rollback)::bigint FROM pg_stat_database WHERE datname = current_database()");
        return (statements, transactions);
    }

    /// <summary>The most frequent statements, to see where the polling goes.</summary>
    public async Task<IReadOnlyList<string>> TopAsync()
    {
        if (!HasStatementStats)
        {
            return [];
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            $"SELECT calls, regexp_replace(left(query, 90), '\\s+', ' ', 'g') FROM pg_stat_statements WHERE {Ours} ORDER BY calls DESC LIMIT 8", connection);
        await using var reader = await command.ExecuteReaderAsync();
        var rows = new List<string>();
        while (await reader.ReadAsync())
        {
            rows.Add($"{reader.GetInt64(0),6} × {reader.GetString(1)}");
        }

        return rows;
    }

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<long> Scalar(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        return (long)(await command.ExecuteScalarAsync())!;
    }
}
