using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Npgsql;
using Preparedness.Web.Features;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Benchmarks.Reminders;

/// <summary>
/// What an idle Hangfire server, configured exactly as the app configures it (with its recurring jobs,
/// including the every-minute email retry), costs PostgreSQL: statements per second, read from
/// pg_stat_statements (every statement, BEGIN and COMMIT included) where the server loads it, and
/// transactions per second from pg_stat_database either way.
/// </summary>
internal static class IdleJobServerBench
{
    public const double Budget = 20;

    public static async Task<bool> RunAsync(string connectionString, TimeSpan window)
    {
        // Idle: no reminders waiting to be emailed (the sweep measurement leaves a hundred thousand).
        await ReminderSweepBench.ForgetRemindersAsync(connectionString);
        using var host = BuildHost(connectionString);
        await host.StartAsync();
        host.Services.RegisterRecurringJobs();

        // Let the server announce itself and the first polls settle before counting.
        await Task.Delay(TimeSpan.FromSeconds(10));
        var statements = await StatementCounter.OpenAsync(connectionString);
        var before = await statements.ReadAsync();
        await Task.Delay(window);
        var after = await statements.ReadAsync();
        await host.StopAsync();

        var seconds = window.TotalSeconds;
        var perSecond = (after.Statements - before.Statements) / seconds;
        Console.WriteLine();
        Console.WriteLine($"Idle Hangfire server, {seconds:0} s (budget {Budget:0} statements/s):");
        Console.WriteLine(statements.HasStatementStats
            ? $"  statements: {after.Statements - before.Statements:N0} = {perSecond:0.00}/s (pg_stat_statements, BEGIN/COMMIT included)"
            : "  statements: pg_stat_statements is not loaded on this server; transactions below are a lower bound");
        Console.WriteLine($"  transactions: {after.Transactions - before.Transactions:N0} = {(after.Transactions - before.Transactions) / seconds:0.00}/s (pg_stat_database)");
        foreach (var top in await statements.TopAsync())
        {
            Console.WriteLine($"  {top}");
        }

        return !statements.HasStatementStats || perSecond <= Budget;
    }

    private static IHost BuildHost(string connectionString)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(
        [
            new("ConnectionStrings:Preparedness", connectionString),
            new("Preparedness:Jobs:Enabled", "true"),

            // Email on, so that the every-minute retry job does its real (empty) claim.
            new("Preparedness:Email:Host", "127.0.0.1"),
        ]);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddPreparedness(builder.Configuration);
        return builder.Build();
    }
}
