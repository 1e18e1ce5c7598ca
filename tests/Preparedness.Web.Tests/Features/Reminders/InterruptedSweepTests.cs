using System.Diagnostics;
using Hangfire;
using Hangfire.Common;
using Hangfire.States;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Sweeps;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Reminders;

/// <summary>A sweep whose process was killed mid-run, as the restarted app finds it in Hangfire's tables.</summary>
[Collection(AppCollection.Name)]
public sealed class InterruptedSweepTests(AppHost app)
{
    [Fact]
    public async Task A_sweep_killed_mid_run_three_minutes_ago_is_taken_again_and_completes_without_telling_anyone_twice()
    {
        // Before the kill: the overdue statement had committed, the other kinds had not.
        var writer = app.Services.GetRequiredService<NotificationWriter>();
        await writer.WriteAsync(ReminderSweeps.Overdue(CairoTime.Today(TimeProvider.System)), CancellationToken.None);
        var overdueBefore = await CountAsync(ReminderKind.Overdue);

        // The killed worker had fetched the job (it stays "Processing" on a server that is gone) three minutes ago.
        var id = CreateProcessingJob(Job.FromExpression<SendRemindersJob>(job => job.ExecuteAsync(CancellationToken.None)));
        await using (var connection = new NpgsqlConnection(app.ConnectionString))
        {
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "INSERT INTO hangfire.jobqueue (jobid, queue, fetchedat) VALUES (@id, 'default', now() AT TIME ZONE 'UTC' - interval '3 minutes')",
                connection);
            command.Parameters.AddWithValue("id", long.Parse(id, System.Globalization.CultureInfo.InvariantCulture));
            await command.ExecuteNonQueryAsync();
        }

        var state = await WaitForFinalStateAsync(id, TimeSpan.FromSeconds(60));

        Assert.Equal("Succeeded", state);
        Assert.Equal(overdueBefore, await CountAsync(ReminderKind.Overdue));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        Assert.False(await db.NotificationDeliveries.GroupBy(d => new { d.NotificationId, d.Channel }).AnyAsync(g => g.Count() > 1));
    }

    private string CreateProcessingJob(Job job)
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var id = connection.CreateExpiredJob(job, new Dictionary<string, string>(), TimeProvider.System.GetUtcNow().UtcDateTime, TimeSpan.FromHours(1)); // Hangfire keeps the machine's time
        using var transaction = connection.CreateWriteTransaction();
        transaction.SetJobState(id, new KilledWorkersState());
        transaction.Commit();
        return id;
    }

    /// <summary>What a worker writes when it takes a job; Hangfire's own ProcessingState cannot be made outside it.</summary>
    private sealed class KilledWorkersState : IState
    {
        public string Name => "Processing";
        public string Reason => "taken by a worker whose process was then killed";
        public bool IsFinal => false;
        public bool IgnoreJobLoadException => false;
        public Dictionary<string, string> SerializeData() => new() { ["ServerId"] = "killed-server", ["WorkerId"] = "worker-1" };
    }

    private async Task<int> CountAsync(ReminderKind kind)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        return await db.Notifications.CountAsync(n => db.ReminderOccurrences.Any(o => o.Id == n.OccurrenceId && o.Kind == kind));
    }

    /// <summary>Watches the job's state (a condition, read from Hangfire's storage), not a fixed sleep.</summary>
    private async Task<string?> WaitForFinalStateAsync(string id, TimeSpan limit)
    {
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        var clock = Stopwatch.StartNew();
        string? state = null;
        while (clock.Elapsed < limit && state is not ("Succeeded" or "Failed"))
        {
            await Task.Delay(200);
            state = monitoring.JobDetails(id)?.History.FirstOrDefault()?.StateName;
        }

        return state;
    }
}
