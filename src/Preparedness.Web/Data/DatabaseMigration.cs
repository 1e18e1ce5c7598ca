using Hangfire.PostgreSql;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql;
using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Web.Data;

/// <summary>Every change to the database's structure, made by the owner role in one place: EF's migrations, Hangfire's schema, the grants.</summary>
internal static class DatabaseMigration
{
    public static async Task RunAsync(string ownerConnectionString, string? runtimeRole, ILoggerFactory loggers, CancellationToken ct = default)
    {
        var options = DataModule.Configure(new DbContextOptionsBuilder<PreparednessDbContext>(), ownerConnectionString)
            .UseLoggerFactory(loggers);
        await using (var db = new PreparednessDbContext((DbContextOptions<PreparednessDbContext>)options.Options))
        {
            // On a new database EF Core reads the history table before anything creates it, and logs the
            // failed read as an error; an operator's first start must not look like a failure.
            await db.GetService<IHistoryRepository>().CreateIfNotExistsAsync(ct);
            await db.Database.MigrateAsync(ct);
        }

        await using var connection = new NpgsqlConnection(ownerConnectionString);
        await connection.OpenAsync(ct);

        // The job server's schema too: the runtime role may not create it at start (see JobServer).
        PostgreSqlObjectsInstaller.Install(connection, JobServer.Schema);
        if (runtimeRole is not null)
        {
            await RuntimeGrants.ApplyAsync(connection, runtimeRole, ct);
        }
    }
}
