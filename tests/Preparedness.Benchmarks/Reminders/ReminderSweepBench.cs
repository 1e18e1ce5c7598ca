using System.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Npgsql;
using Preparedness.Benchmarks.Generation;
using Preparedness.Benchmarks.Measuring;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Benchmarks.Reminders;

/// <summary>
/// The daily reminder sweep over all 108,000 tasks through the app's own job: a cold run that writes
/// every reminder due today (the worst case: nothing was sent before), then the same sweep again
/// (what a retry or a second instance costs: nothing to write). Each statement EF sends is counted.
/// </summary>
internal static class ReminderSweepBench
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    /// <summary>One read of the plans, one statement per kind of reminder, one announcement per kind that wrote.</summary>
    private const int MaxStatements = 11;

    public static async Task<bool> RunAsync(string connectionString, int rounds)
    {
        var recorder = new CommandRecorder();
        await using var services = AppServices.Build(connectionString, recorder);
        var lead = services.GetRequiredService<IOptions<ReminderOptions>>().Value.StormLeadDays;
        Console.WriteLine($"reminder data: {await ReminderPeople.EnsureAsync(connectionString, CairoTime.Today(TimeProvider.System), NationalStructure.PlanStart, lead)}");

        var passed = true;
        var colds = new List<TimeSpan>();
        Console.WriteLine();
        Console.WriteLine($"Reminder sweep over {DataSetLoader.ExpectedTasks:N0} tasks (budget {Budget.TotalSeconds:0} s for the median cold sweep and the daily one; round 0 warms up)");
        Console.WriteLine("round | cold: seconds  statements  notifications  emails queued | again: seconds  statements  notifications");
        for (var round = 0; round <= rounds; round++)
        {
            await ForgetRemindersAsync(connectionString);
            recorder.Take();
            var (cold, coldSummary) = await TimeAsync(services);
            var coldStatements = recorder.Take().Count;
            var (again, againSummary) = await TimeAsync(services);
            var againStatements = recorder.Take().Count;
            Console.WriteLine($"{round,5} | {cold.TotalSeconds,13:0.000}  {coldStatements,10}  {coldSummary.Notifications,13:N0}  {coldSummary.EmailsQueued,13:N0} | "
                + $"{again.TotalSeconds,14:0.000}  {againStatements,10}  {againSummary.Notifications,13:N0}");
            passed &= coldSummary.Notifications > 0 && againSummary.Notifications == 0 && coldStatements <= MaxStatements && againStatements <= MaxStatements;
            if (round > 0)
            {
                colds.Add(cold);
            }
        }

        var median = colds.Order().ElementAt(colds.Count / 2);
        Console.WriteLine($"median cold sweep: {median.TotalSeconds:0.000} s");
        passed &= median <= Budget;

        Console.WriteLine(await ByKindAsync(connectionString));

        // The sweep as it runs every morning: yesterday's reminders are recorded, today's are new.
        await using var tomorrow = AppServices.Build(connectionString, recorder, new ShiftedClock(TimeSpan.FromDays(1)));
        recorder.Take();
        var (daily, dailySummary) = await TimeAsync(tomorrow);
        var dailyStatements = recorder.Take().Count;
        Console.WriteLine($"next day's sweep (daily steady state): {daily.TotalSeconds:0.000} s, {dailyStatements} statements, "
            + $"{dailySummary.Notifications:N0} notifications, {dailySummary.EmailsQueued:N0} emails queued");
        return passed && daily <= Budget && dailyStatements <= MaxStatements;
    }

    private static async Task<(TimeSpan Elapsed, JobSummary Summary)> TimeAsync(IServiceProvider services)
    {
        var clock = Stopwatch.StartNew();
        var summary = await services.GetRequiredService<SendRemindersJob>().ExecuteAsync(CancellationToken.None);
        return (clock.Elapsed, summary);
    }

    /// <summary>Back to "nothing was ever sent", so each round measures the worst case again.</summary>
    public static async Task ForgetRemindersAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("TRUNCATE notification_deliveries, notifications, reminder_occurrences", connection);
        await command.ExecuteNonQueryAsync();
    }

    private static async Task<string> ByKindAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            "SELECT o.kind, count(DISTINCT o.id), count(n.id) FROM reminder_occurrences o LEFT JOIN notifications n ON n.occurrence_id = o.id GROUP BY o.kind ORDER BY o.kind",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        var parts = new List<string>();
        while (await reader.ReadAsync())
        {
            parts.Add($"{reader.GetString(0)} {reader.GetInt64(1):N0} occurrences / {reader.GetInt64(2):N0} notifications");
        }

        return "last cold sweep wrote: " + string.Join("; ", parts);
    }
}

/// <summary>The system clock moved on: the sweep of a later day over the same data.</summary>
internal sealed class ShiftedClock(TimeSpan offset) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + offset;
}
