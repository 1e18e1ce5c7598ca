using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Seasons;

namespace Preparedness.Benchmarks.Seasons;

/// <summary>
/// Opening the next season of a 4,000-task governorate from its current plan, with unfinished work carried
/// forward, through the app's own service: one transaction that reads last season's tasks and history
/// (lessons) and writes 4,000 tasks, 4,000 history rows, the plan, its audit row and the announcement.
/// Each round opens a season of another governorate (a season far ahead, so no governorate's current plan
/// changes); the rows stay, as history is append-only, so run it on a throwaway database.
/// </summary>
internal static class SeasonOpeningBench
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static async Task<bool> RunAsync(string connectionString, int rounds)
    {
        await using var services = AppServices.Build(connectionString);
        var carryOver = services.GetRequiredService<SeasonCarryOver>();
        List<(int Governorate, int Plan)> plans;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync())
        {
            // Each governorate's oldest plan: the generated one with its 4,000 tasks.
            plans = [.. (await db.Plans.GroupBy(p => p.GovernorateId).Select(g => new { Governorate = g.Key, Plan = g.Min(p => p.Id) }).ToListAsync())
                .OrderBy(p => p.Governorate).Select(p => (p.Governorate, p.Plan))];
        }

        var year = 2040 + await NextYearOffsetAsync(services);
        Console.WriteLine();
        Console.WriteLine($"Opening a season from last season's plan (carry-forward), 1 warm-up then {rounds} rounds, each in another governorate (budget {Budget.TotalSeconds:0} s)");
        Console.WriteLine("round | governorate | tasks made |       ms");
        var passed = true;
        for (var i = 0; i <= rounds; i++)
        {
            var (governorateId, planId) = plans[i % plans.Count];
            var start = new DateOnly(year + i / plans.Count, 10, 1);
            var draft = new SeasonDraft { NameAr = $"خطة الشتاء {start.Year}", NameEn = $"Winter {start.Year}", StartsOn = start, EndsOn = start.AddMonths(6) };
            var clock = Stopwatch.StartNew();
            var result = await carryOver.OpenFromPreviousAsync(Actor.System, governorateId, planId, draft, carryForward: true);
            var elapsed = clock.Elapsed;
            Console.WriteLine($"{(i == 0 ? "warm" : $"{i}"),5} | {governorateId,11} | {result.Created,10:N0} | {elapsed.TotalMilliseconds,8:0.0}");
            if (i > 0)
            {
                passed &= result.Succeeded && result.Created >= 4000 && elapsed <= Budget;
            }
        }

        return passed;
    }

    // A second run on a kept database opens later seasons instead of finding the earlier ones open.
    private static async Task<int> NextYearOffsetAsync(ServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var latest = await db.Plans.MaxAsync(p => (DateOnly?)p.StartsOn);
        return latest is { Year: >= 2040 } l ? l.Year - 2040 + 1 : 0;
    }
}
