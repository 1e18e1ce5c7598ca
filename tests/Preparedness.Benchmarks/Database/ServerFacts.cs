using Npgsql;

namespace Preparedness.Benchmarks.Database;

/// <summary>The server settings and table sizes that decide whether these figures carry over to another machine.</summary>
internal static class ServerFacts
{
    public static async Task<string> DescribeAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            SELECT current_setting('server_version'), current_setting('shared_buffers'), current_setting('work_mem'),
                   current_setting('effective_cache_size'), current_setting('random_page_cost'), current_setting('jit'),
                   current_setting('fsync'), current_setting('lc_ctype'),
                   pg_size_pretty(pg_total_relation_size('readiness_tasks')), pg_size_pretty(pg_total_relation_size('task_history')),
                   (SELECT count(*) FROM task_history)
            """,
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return $"PostgreSQL {reader.GetString(0)}: shared_buffers {reader.GetString(1)}, work_mem {reader.GetString(2)}, "
            + $"effective_cache_size {reader.GetString(3)}, random_page_cost {reader.GetString(4)}, jit {reader.GetString(5)}, "
            + $"fsync {reader.GetString(6)}, lc_ctype {reader.GetString(7)}; readiness_tasks {reader.GetString(8)} with indexes, "
            + $"task_history {reader.GetString(9)} ({reader.GetInt64(10):N0} rows); {Environment.ProcessorCount} CPUs";
    }
}
