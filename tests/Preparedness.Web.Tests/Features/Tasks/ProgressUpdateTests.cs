using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class ProgressUpdateTests : DatabaseTest
{
    [Fact]
    public async Task Recording_progress_updates_the_task_and_writes_one_history_entry()
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; });
        Clock.Advance(TimeSpan.FromHours(2));

        var result = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id,
            new ProgressUpdate(TaskStatus.InProgress, 120, null, "تم تطهير 120 بالوعة", task.Version));

        Assert.True(result.Succeeded);
        var details = (await Get<TaskQueries>().GetAsync(World.WaterHead, task.Id))!;
        Assert.Equal((TaskStatus.InProgress, 120m, "تم تطهير 120 بالوعة"), (details.Status, details.Achieved, details.LatestNote));
        Assert.Equal(Clock.GetUtcNow(), details.LastUpdatedAt);
        Assert.Equal("Water head", details.LastUpdatedByName);
        var entry = Assert.Single(details.History);
        Assert.Equal("Water head", entry.UserName);
        Assert.Equal("تم تطهير 120 بالوعة", entry.Note);
        Assert.Contains(entry.Changes, c => c is { Field: "Status", From: "NotStarted", To: "InProgress" });
        Assert.Contains(entry.Changes, c => c is { Field: "Achieved", From: "0", To: "120" });
        await using var db = Db();
        var audit = await db.AuditEvents.SingleAsync();
        Assert.Equal(("task.progress", $"{task.Id}", World.Luxor.Id, "water-lx"), (audit.Action, audit.EntityId!, audit.GovernorateId!.Value, audit.UserId!));
        Assert.Contains(audit.Changes, c => c is { Field: "Achieved", From: "0", To: "120" });
    }

    [Fact]
    public async Task A_note_alone_counts_as_a_report_and_clears_staleness()
    {
        var task = await World.AddTaskAsync(t => t.LastUpdatedAt = Now.AddDays(-9));

        var result = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.NotStarted, null, null, "waiting for the contractor", task.Version));

        Assert.True(result.Succeeded);
        Assert.False((await Get<TaskQueries>().GetAsync(World.WaterHead, task.Id))!.Stale);
    }

    public static TheoryData<TaskStatus, decimal?, string?, string?, string> InvalidUpdates() => new()
    {
        { TaskStatus.Blocked, 10m, null, null, "Validation.BlockedReasonRequired" },
        { TaskStatus.InProgress, -5m, null, null, "Validation.AchievedInvalid" },
        { TaskStatus.InProgress, null, null, null, "Validation.AchievedInvalid" },
        { TaskStatus.ReportedDone, 100m, null, null, "Validation.DoneBelowTarget" },
        { TaskStatus.InProgress, 10m, null, new string('x', 2001), "Validation.NoteTooLong" },
        { TaskStatus.NotStarted, 0m, null, "  ", "Validation.NothingToSave" },
        { (TaskStatus)42, 10m, null, null, "Validation.StatusNotAllowed" },
    };

    [Theory]
    [MemberData(nameof(InvalidUpdates))]
    public async Task Bad_input_is_refused_with_a_message_key_and_changes_nothing(TaskStatus status, decimal? achieved, string? reason, string? note, string error)
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; });

        var result = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(status, achieved, reason, note, task.Version));

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains(error, result.Errors);
        await using var db = Db();
        var stored = await db.Tasks.SingleAsync();
        Assert.Equal((TaskStatus.NotStarted, 0m, task.Version), (stored.Status, stored.Achieved, stored.Version));
        Assert.False(await db.TaskHistory.AnyAsync());
    }

    [Fact]
    public async Task Reporting_done_at_the_target_and_blocking_with_a_reason_are_accepted()
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; });
        var progress = Get<ProgressService>();

        var blocked = await progress.UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.Blocked, 40, "pumps broken", null, task.Version));
        var version = (await Get<TaskQueries>().GetAsync(World.WaterHead, task.Id))!.Version;
        var done = await progress.UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.ReportedDone, 150, "pumps broken", null, version) { Evidence = [TestFiles.Photo()] });

        Assert.True(blocked.Succeeded);
        Assert.True(done.Succeeded);
        var details = (await Get<TaskQueries>().GetAsync(World.WaterHead, task.Id))!;
        Assert.Equal(TaskStatus.ReportedDone, details.Status);
        Assert.Null(details.BlockedReason);
        Assert.Equal(2, details.History.Count);
    }
}
