using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Preparedness.Web.Data;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// Every test gets its own database, copied from one migrated template: isolation without
/// re-running migrations, and test classes may run in parallel. As in production, the owner role
/// migrated it and the app (and so every test) runs as the runtime role, which owns nothing.
/// </summary>
public static class TestDatabases
{
    private static readonly Lazy<Task<string>> Template = new(CreateTemplateAsync);

    /// <summary>A fresh, migrated, empty database; returns the runtime role's connection string.</summary>
    public static async Task<string> CreateMigratedAsync(string prefix = "t")
    {
        var template = await Template.Value;
        var (owner, runtime) = await TestPostgres.Roles;
        var created = await TestPostgres.Instance.CreateUniqueDatabaseAsync(prefix, template, owner: owner);
        return TestPostgres.Instance.ConnectionString(new NpgsqlConnectionStringBuilder(created).Database!, runtime);
    }

    /// <summary>The same database as the owner role, e.g. to show what only the owner may do.</summary>
    public static async Task<string> AsOwnerAsync(string connectionString)
    {
        var (owner, _) = await TestPostgres.Roles;
        return TestPostgres.Instance.ConnectionString(new NpgsqlConnectionStringBuilder(connectionString).Database!, owner);
    }

    private static async Task<string> CreateTemplateAsync()
    {
        var (owner, runtime) = await TestPostgres.Roles;
        var created = await TestPostgres.Instance.CreateUniqueDatabaseAsync("template", owner: owner);
        var database = new NpgsqlConnectionStringBuilder(created).Database!;
        await DatabaseMigration.RunAsync(TestPostgres.Instance.ConnectionString(database, owner), runtime.Name, NullLoggerFactory.Instance);

        // A template must have no open connections when it is copied.
        NpgsqlConnection.ClearAllPools();
        return database;
    }
}
