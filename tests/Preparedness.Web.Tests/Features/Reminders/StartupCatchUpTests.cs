using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Web.Tests.Features.Reminders;

public sealed class StartupCatchUpTests : ReminderTest
{
    [Fact]
    public async Task Started_after_the_reminders_time_it_sends_the_days_reminders_once_even_twice_at_once_and_alongside_the_schedule()
    {
        // The test clock: 09:00 in Cairo, after the digest (07:30) and the reminders (08:00).
        var late = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-3));
        var soon = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(1));

        await Task.WhenAll(
            Task.Run(() => Get<StartupCatchUp>().ExecuteAsync(CancellationToken.None)),
            Task.Run(() => Get<StartupCatchUp>().ExecuteAsync(CancellationToken.None)),
            Task.Run(() => Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None)));
        var again = await Get<StartupCatchUp>().ExecuteAsync(CancellationToken.None);

        Assert.Equal(
            [
                new Told(ReminderKind.DueSoon, WaterHead, soon.Id),
                new Told(ReminderKind.Overdue, WaterHead, late.Id),
                new Told(ReminderKind.Escalation, LuxorSecretariat, null),
                new Told(ReminderKind.Digest, LuxorAdviser, null),
                new Told(ReminderKind.Digest, LuxorSecretariat, null),
            ],
            await ToldAsync());
        Assert.Equal(0, again.Notifications);
        Assert.Equal([late.Id], Assert.Single(await EscalationsAsync()).TaskIds);
    }

    [Fact]
    public async Task Started_before_the_days_times_it_leaves_them_to_the_schedule()
    {
        await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-3));
        Clock.Advance(TimeSpan.FromHours(22)); // the next day, 07:00 in Cairo

        var sent = await Get<StartupCatchUp>().ExecuteAsync(CancellationToken.None);

        Assert.Equal(0, sent.Notifications);
        Assert.Empty(await ToldAsync());
    }

    [Theory]
    [InlineData("0 8 * * *", 5, 59, false)]
    [InlineData("0 8 * * *", 6, 0, true)]
    [InlineData("30 7 * * *", 5, 31, true)]
    [InlineData("0 8 * * 1", 7, 0, true)]
    [InlineData("0 8 * * 2", 7, 0, false)]
    public void The_days_time_has_passed_in_cairo(string cron, int utcHour, int utcMinute, bool passed) =>
        Assert.Equal(passed, StartupCatchUp.PassedToday(cron, new DateTimeOffset(2026, 11, 23, utcHour, utcMinute, 0, TimeSpan.Zero)));
}
