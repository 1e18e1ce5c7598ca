using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Dashboard.Trends;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Benchmarks.Trends;

/// <summary>
/// The daily readiness snapshot job over the whole country (every governorate's current season: today's rows for
/// the governorate, its units, organisations, categories, storms and unit × category cells), after the season's
/// past days are backfilled from the task history once. Each round first deletes today's rows, so that it
/// really writes them (a second run the same day would write nothing).
/// </summary>
internal static class SnapshotBench
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    public static async Task<bool> RunAsync(string connectionString, int rounds)
    {
        await using var services = AppServices.Build(connectionString);
        var job = services.GetRequiredService<WriteSnapshotsJob>();
        var factory = services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>();
        Console.WriteLine();
        var clock = Stopwatch.StartNew();
        var backfilled = await job.BackfillAsync(default);
        Console.WriteLine($"Backfilling the current seasons' past days from the task history: {backfilled:N0} rows in {clock.Elapsed.TotalSeconds:0.0} s (not budgeted; once per installation)");

        Console.WriteLine($"The daily snapshot job over the whole country, 1 warm-up then {rounds} rounds (budget {Budget.TotalSeconds:0} s)");
        Console.WriteLine("round |    rows |       ms");
        var passed = true;
        var today = CairoTime.Today(TimeProvider.System);
        for (var i = 0; i <= rounds; i++)
        {
            await using (var db = await factory.CreateDbContextAsync())
            {
                await db.ReadinessSnapshots.Where(s => s.Day == today).ExecuteDeleteAsync();
            }

            clock.Restart();
            var written = await job.ExecuteAsync(default);
            var elapsed = clock.Elapsed;
            Console.WriteLine($"{(i == 0 ? "warm" : $"{i}"),5} | {written,7:N0} | {elapsed.TotalMilliseconds,8:0.0}");
            if (i > 0)
            {
                passed &= written > 0 && elapsed <= Budget;
            }
        }

        return passed;
    }
}
