using Npgsql;
using Preparedness.Testing.Postgres;

namespace Preparedness.Web.Tests.Infrastructure;

public sealed class ThrowawayPostgresTests
{
    [Fact]
    public async Task Serves_a_fresh_database()
    {
        var connectionString = await TestPostgres.Instance.CreateUniqueDatabaseAsync("infra");

        var version = await ScalarAsync(connectionString, "select version()");

        Assert.Contains("PostgreSQL", version, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_private_cluster_takes_the_callers_settings_and_is_gone_after_dispose()
    {
        if (TestPostgres.Instance.IsExternal)
        {
            // Pointed at an existing server, this machine may have no server binaries to start one.
            return;
        }

        string connectionString;
        using (var postgres = ThrowawayPostgres.Start(new PostgresOptions
        {
            Settings = ["work_mem=7MB", "max_connections=300"],
            PreloadLibraries = ["pg_stat_statements", "no_such_library"],
        }))
        {
            connectionString = await postgres.CreateDatabaseAsync("settings");

            Assert.Equal("7MB", await ScalarAsync(connectionString, "show work_mem"));
            Assert.Equal("300", await ScalarAsync(connectionString, "show max_connections"));
            Assert.Equal("pg_stat_statements", await ScalarAsync(connectionString, "show shared_preload_libraries"));
            Assert.NotNull(postgres.PostmasterPid);
        }

        await Assert.ThrowsAnyAsync<NpgsqlException>(() => ScalarAsync(connectionString, "select 1"));
    }

    [Fact]
    public async Task On_an_external_server_the_databases_it_created_are_dropped_on_dispose()
    {
        var variable = $"PREPAREDNESS_TEST_PROBE_{Guid.NewGuid():N}";
        Environment.SetEnvironmentVariable(variable, TestPostgres.Instance.ConnectionString("postgres"));
        string database;
        using (var postgres = ThrowawayPostgres.Start(new PostgresOptions { ExternalConnectionVariable = variable }))
        {
            Assert.True(postgres.IsExternal);
            database = new NpgsqlConnectionStringBuilder(await postgres.CreateUniqueDatabaseAsync("probe")).Database!;
        }

        Environment.SetEnvironmentVariable(variable, null);
        var left = await ScalarAsync(TestPostgres.Instance.ConnectionString("postgres"), $"select count(*)::text from pg_database where datname = '{database}'");
        Assert.Equal("0", left);
    }

    private static async Task<string?> ScalarAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return (string?)await command.ExecuteScalarAsync();
    }
}
