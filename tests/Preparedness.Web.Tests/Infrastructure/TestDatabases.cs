using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// Every test gets its own database, copied from one migrated template: isolation without
/// re-running migrations, and test classes may run in parallel.
/// </summary>
public static class TestDatabases
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>A fresh, migrated, empty database; returns its connection string.</summary>
    public static async Task<string> CreateMigratedAsync(string prefix = "t")
    {
        var template = await Template.Value;
        return await TestPostgres.Instance.CreateUniqueDatabaseAsync(prefix, template);
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var connectionString = await TestPostgres.Instance.CreateUniqueDatabaseAsync("template");
        var options = new DbContextOptionsBuilder<PreparednessDbContext>()
            .UseNpgsql(connectionString, o => o.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention()
            .Options;
        await using (var db = new PreparednessDbContext(options))
        {
            await db.Database.MigrateAsync();
        }

        // A template must have no open connections when it is copied.
        Npgsql.NpgsqlConnection.ClearAllPools();
        return new Npgsql.NpgsqlConnectionStringBuilder(connectionString).Database!;
    }
}
