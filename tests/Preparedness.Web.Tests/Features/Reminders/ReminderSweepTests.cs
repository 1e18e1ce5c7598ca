using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Reminders;

public sealed class ReminderSweepTests : ReminderTest
{
    private Task SweepAsync() => Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None);

    [Fact]
    public async Task Due_in_three_days_reminds_the_owner_once_however_often_the_job_runs()
    {
        var task = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(3));

        await SweepAsync();
        await SweepAsync();

        Assert.Equal([new Told(ReminderKind.DueSoon, WaterHead, task.Id)], await ToldAsync());
    }

    [Fact]
    public async Task A_task_that_missed_the_three_day_reminder_gets_it_with_the_days_left_then_the_one_day_reminder()
    {
        var task = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(2));

        await SweepAsync();
        Clock.Advance(TimeSpan.FromDays(1));
        await SweepAsync();
        Clock.Advance(TimeSpan.FromDays(1));
        await SweepAsync();

        await using var db = Db();
        var days = await db.ReminderOccurrences.OrderBy(o => o.Id).Select(o => o.Days).ToListAsync();
        Assert.Equal([2, 1], days);
        Assert.Equal(2, (await ToldAsync()).Count(t => t == new Told(ReminderKind.DueSoon, WaterHead, task.Id)));
    }

    [Fact]
    public async Task Overdue_two_days_tells_the_owner_and_escalates_to_the_governorates_secretariat_only()
    {
        var task = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-2));

        await SweepAsync();

        Assert.Equal(
            [new Told(ReminderKind.Overdue, WaterHead, task.Id), new Told(ReminderKind.Escalation, LuxorSecretariat, null)],
            await ToldAsync());
        var escalation = Assert.Single(await EscalationsAsync());
        Assert.Equal((LuxorSecretariat, (int?)World.LuxorWater.Id), (escalation.UserId, escalation.OrganisationId));
        Assert.Equal([task.Id], escalation.TaskIds);
    }

    [Fact]
    public async Task An_owner_is_reminded_every_day_while_late_and_the_secretariat_once_after_the_delay()
    {
        var task = await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(-1); t.OrganisationId = World.EsnaCouncil.Id; });

        for (var day = 0; day < 3; day++)
        {
            await SweepAsync();
            await SweepAsync();
            Clock.Advance(TimeSpan.FromDays(1));
        }

        var told = await ToldAsync();
        Assert.Equal(3, told.Count(t => t == new Told(ReminderKind.Overdue, EsnaHead, task.Id)));
        Assert.Equal(1, told.Count(t => t == new Told(ReminderKind.Escalation, LuxorSecretariat, null)));
        Assert.Equal([task.Id], Assert.Single(await EscalationsAsync()).TaskIds);
        Assert.Equal(4, told.Count);
    }

    [Theory]
    [InlineData(TaskStatus.ReportedDone)]
    [InlineData(TaskStatus.Verified)]
    public async Task A_done_task_gets_no_reminder_of_any_kind(TaskStatus done)
    {
        await World.AddTaskAsync(t => { t.Status = done; t.DueOn = World.Today.AddDays(3); });
        await World.AddTaskAsync(t => { t.Status = done; t.DueOn = World.Today.AddDays(-5); });
        await World.AddTaskAsync(t => { t.Status = done; t.LastUpdatedAt = Now.AddDays(-20); });

        await SweepAsync();

        Assert.Empty(await ToldAsync());
    }

    [Fact]
    public async Task A_task_nobody_reported_on_for_seven_days_reminds_its_owner_to_report_once_a_week()
    {
        var stale = await World.AddTaskAsync(t => t.LastUpdatedAt = Now.AddDays(-7).AddHours(-1));
        await World.AddTaskAsync(t => t.LastUpdatedAt = Now.AddDays(-6));

        await SweepAsync();
        Clock.Advance(TimeSpan.FromDays(3));
        await SweepAsync();
        var afterThreeDays = await ToldAsync();
        Clock.Advance(TimeSpan.FromDays(4));
        await SweepAsync();

        Assert.Equal([new Told(ReminderKind.Stale, WaterHead, stale.Id)], afterThreeDays.Where(t => t.TaskId == stale.Id));
        Assert.Equal(2, (await ToldAsync()).Count(t => t == new Told(ReminderKind.Stale, WaterHead, stale.Id)));
    }

    [Fact]
    public async Task A_task_tied_to_a_storm_reminds_its_owner_a_set_number_of_days_before_the_storm_window()
    {
        await AddUserAsync("head-alex-water", Preparedness.Web.Features.Accounts.Roles.OrganisationHead, World.Alexandria.Id, World.AlexWater.Id);
        var task = await World.AddTaskAsync(t =>
        {
            t.GovernorateId = World.Alexandria.Id;
            t.OrganisationId = World.AlexWater.Id;
            t.StormCode = "qasim";
            t.DueOn = new DateOnly(2026, 12, 2);
        });

        // Qasim is expected on 4 December, give or take 5 days: the window opens on 29 November, the reminder 3 days before.
        Clock.AdjustTime(new DateTimeOffset(2026, 11, 25, 7, 0, 0, TimeSpan.Zero));
        await SweepAsync();
        var before = await ToldAsync();
        Clock.AdjustTime(new DateTimeOffset(2026, 11, 26, 7, 0, 0, TimeSpan.Zero));
        await SweepAsync();
        await SweepAsync();

        Assert.Empty(before);
        Assert.Equal([new Told(ReminderKind.Storm, "head-alex-water", task.Id)], await ToldAsync());
        await using var db = Db();
        var occurrence = await db.ReminderOccurrences.SingleAsync();
        Assert.Equal(("qasim", new DateOnly(2026, 12, 4), 8), (occurrence.StormCode, occurrence.StormExpectedOn!.Value, occurrence.Days!.Value));
    }
}
