using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Preparedness.Web.Data;

internal static class DataModule
{
    public static IServiceCollection AddData(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Preparedness")
            ?? throw new InvalidOperationException(
                "ConnectionStrings:Preparedness is not set. Start the app with deploy/run.sh, or set ConnectionStrings__Preparedness.");
        services.AddDbContextFactory<PreparednessDbContext>(options => options
            .UseNpgsql(connectionString, npgsql => npgsql.MigrationsHistoryTable("__ef_migrations_history"))
            .UseSnakeCaseNamingConvention());
        return services;
    }

    /// <summary>Applies pending migrations; the run script and tests do this at start-up, production through the "migrate" command.</summary>
    public static async Task MigrateDatabaseAsync(this IServiceProvider services, CancellationToken ct = default)
    {
        var factory = services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>();
        await using var db = await factory.CreateDbContextAsync(ct);

        // On a new database EF Core reads the history table before anything creates it, and logs the
        // failed read as an error; an operator's first start must not look like a failure.
        await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
        await db.Database.MigrateAsync(ct);
    }
}
