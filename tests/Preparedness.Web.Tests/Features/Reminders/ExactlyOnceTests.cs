using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Web.Tests.Features.Reminders;

public sealed class ExactlyOnceTests : ReminderTest
{
    private readonly CrashAfterWriting crash = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<PreparednessDbContext>(options => options.AddInterceptors(crash));

    [Fact]
    public async Task A_job_that_fails_after_writing_notifications_and_is_retried_creates_no_duplicates()
    {
        var soon = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(3));
        var late = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-4));
        crash.AfterStatements = 2;

        await Assert.ThrowsAsync<SimulatedCrashException>(() => Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None));
        var beforeRetry = await ToldAsync();
        await Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None);

        Assert.NotEmpty(beforeRetry);
        Assert.Equal(
            [
                new Told(ReminderKind.DueSoon, WaterHead, soon.Id),
                new Told(ReminderKind.Overdue, WaterHead, late.Id),
                new Told(ReminderKind.Escalation, LuxorSecretariat, null),
            ],
            await ToldAsync());
        Assert.Equal([late.Id], Assert.Single(await EscalationsAsync()).TaskIds);
    }

    [Fact]
    public async Task Job_runs_at_the_same_time_create_no_duplicates()
    {
        for (var i = 0; i < 30; i++)
        {
            var offset = i % 6 - 3;
            await World.AddTaskAsync(t =>
            {
                t.DueOn = World.Today.AddDays(offset == 0 ? 1 : offset);
                t.OrganisationId = i % 2 == 0 ? World.LuxorWater.Id : World.EsnaCouncil.Id;
            });
        }

        var runs = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => Task.Run(() => Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None))));

        var told = await ToldAsync();
        Assert.Equal(told.Count, runs.Sum(r => r.Notifications));
        var perTask = told.Where(t => t.Kind != ReminderKind.Escalation).ToList();
        Assert.Equal(perTask.Count, perTask.Distinct().Count());

        // Due in 1 or 2 days: 15 tasks; 1 to 3 days late: 15 tasks, 10 of them at least 2 days late, escalated
        // once each, in one notification per organisation and run that found them first.
        Assert.Equal((15, 15), (told.Count(t => t.Kind == ReminderKind.DueSoon), told.Count(t => t.Kind == ReminderKind.Overdue)));
        var escalated = (await EscalationsAsync()).SelectMany(e => e.TaskIds).ToList();
        Assert.Equal(10, escalated.Count);
        Assert.Equal(10, escalated.Distinct().Count());
    }

    private sealed class SimulatedCrashException() : Exception("simulated crash");

    /// <summary>Throws once, after the given number of reminder statements have run and committed, as a crashed job would.</summary>
    private sealed class CrashAfterWriting : DbCommandInterceptor
    {
        private int written;

        public int AfterStatements { get; set; } = int.MaxValue;

        public override async ValueTask<DbDataReader> ReaderExecutedAsync(DbCommand command, CommandExecutedEventData eventData, DbDataReader result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("INSERT INTO reminder_occurrences", StringComparison.Ordinal) && Interlocked.Increment(ref written) == AfterStatements)
            {
                // The statement has run: drain it so that it completes and commits, then fail.
                while (await result.ReadAsync(cancellationToken))
                {
                }

                await result.DisposeAsync();
                throw new SimulatedCrashException();
            }

            return result;
        }
    }
}
