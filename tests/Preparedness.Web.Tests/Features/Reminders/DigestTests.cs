using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Digest;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Reminders;

public sealed class DigestTests : ReminderTest
{
    private Task DigestAsync() => Get<SendDigestJob>().ExecuteAsync(CancellationToken.None);

    [Fact]
    public async Task The_morning_digest_tells_the_secretariat_and_the_adviser_the_readiness_the_last_days_changes_and_the_worst_overdue()
    {
        var reported = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 10; });
        var lateNormal = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-10));
        var lateCritical = await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(-2); t.Priority = TaskPriority.Critical; t.TitleAr = "تجهيز مراكز الإيواء"; });
        await World.AddTaskAsync(t => t.DueOn = World.Today);
        await Get<ProgressService>().UpdateAsync(World.WaterHead, reported.Id, new ProgressUpdate(TaskStatus.ReportedDone, 10, null, "تم", reported.Version) { Evidence = [TestFiles.Photo()] });
        Clock.Advance(TimeSpan.FromHours(20));

        // The next morning: the task due yesterday has just become overdue.
        await DigestAsync();
        await DigestAsync();

        Assert.Equal(
            [new Told(ReminderKind.Digest, LuxorSecretariat, null), new Told(ReminderKind.Digest, LuxorAdviser, null)],
            (await ToldAsync()).OrderBy(t => t.UserId == LuxorAdviser));
        await using var db = Db();
        var digest = DigestPayload.FromJson((await db.ReminderOccurrences.SingleAsync()).Payload)!;
        Assert.Equal((4, 3, 16.7m), (digest.Tasks, digest.Overdue, digest.Score!.Value));
        Assert.Equal(new DigestChanges(1, 1, 0, 0, 1), digest.Changes);
        Assert.Equal([lateCritical.Id, lateNormal.Id], digest.WorstOverdue.Take(2).Select(w => w.TaskId));
        Assert.Equal(11, digest.WorstOverdue[1].DaysLate);
    }

    [Fact]
    public async Task The_next_digest_says_how_readiness_moved_since_the_last_one_and_reads_in_arabic()
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 10; });
        await DigestAsync();
        await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.InProgress, 5, null, null, task.Version));
        Clock.Advance(TimeSpan.FromDays(1));

        await DigestAsync();

        var list = await Get<NotificationService>().ListAsync(World.LuxorSecretariat with { UserId = LuxorSecretariat });
        var latest = list[0];
        Assert.Equal(50m, DigestPayload.FromJson(latest.Payload)!.ScoreChange);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
            var text = Get<NotificationText>().Render(latest);
            Assert.StartsWith("الموجز الصباحي — محافظة الأقصر — ", text.Title, StringComparison.Ordinal);
            Assert.Contains(text.Lines, l => l.StartsWith("الجاهزية: ", StringComparison.Ordinal) && l.Contains("+50", StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }
}
