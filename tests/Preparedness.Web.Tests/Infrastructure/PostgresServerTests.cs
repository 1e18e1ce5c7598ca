using Npgsql;

namespace Preparedness.Web.Tests.Infrastructure;

public sealed class PostgresServerTests
{
    [Fact]
    public async Task Serves_a_fresh_database()
    {
        var connectionString = await PostgresServer.Instance.CreateUniqueDatabaseAsync("infra");

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("select version()", connection);
        var version = (string?)await command.ExecuteScalarAsync();

        Assert.Contains("PostgreSQL", version, StringComparison.Ordinal);
    }
}
