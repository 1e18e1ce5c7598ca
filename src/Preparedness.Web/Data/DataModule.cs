using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Preparedness.Web.Data;

/// <summary>The runtime role's connection string, and the owner role's when migrations run as another role.</summary>
internal sealed record DatabaseConnections(string Runtime, string? Owner);

internal static class DataModule
{
    /// <summary>The runtime role's connection: what the app reads and writes with.</summary>
    public const string ConnectionName = "Preparedness";

    /// <summary>The owner role's connection, used only by <c>migrate</c> (and the run script's start-up migration).</summary>
    public const string OwnerConnectionName = "PreparednessOwner";

    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString(ConnectionName)
            ?? throw new InvalidOperationException(
                "ConnectionStrings:Preparedness is not set. Start the app with deploy/run.sh, or set ConnectionStrings__Preparedness.");
        services.AddDbContextFactory<PreparednessDbContext>(options => Configure(options, connectionString));
        services.AddSingleton(new DatabaseConnections(connectionString, configuration.GetConnectionString(OwnerConnectionName)));
        services.AddSingleton<DatabaseRoleCheck>();
        return services;
    }

    public static DbContextOptionsBuilder Configure(DbContextOptionsBuilder options, string connectionString) => options
        .UseNpgsql(connectionString, npgsql => npgsql
            .MigrationsHistoryTable("__ef_migrations_history")
            .ExecutionStrategy(dependencies => new ReadRetryStrategy(dependencies)))
        .UseSnakeCaseNamingConvention();

    /// <summary>
    /// Applies pending migrations and Hangfire's schema as the owner role, then grants the runtime role what it
    /// needs; the run script and tests do this at start-up, production through the "migrate" command.
    /// Without an owner connection the app's own connection owns everything (one role, as before).
    /// </summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var (runtime, owner) = services.GetRequiredService<DatabaseConnections>();
        var runtimeRole = owner is null ? null : new NpgsqlConnectionStringBuilder(runtime).Username;
        await DatabaseMigration.RunAsync(owner ?? runtime, runtimeRole, services.GetRequiredService<ILoggerFactory>(), ct);
    }
}
