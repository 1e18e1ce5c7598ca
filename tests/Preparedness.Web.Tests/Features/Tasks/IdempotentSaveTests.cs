using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>A save carries the key its form made when it opened: sent again, it is recorded once and answered "already saved".</summary>
public sealed class IdempotentSaveTests : DatabaseTest
{
    [Fact]
    public async Task The_same_save_sent_twice_with_one_key_records_one_history_entry_and_answers_already_saved()
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; });
        var update = new ProgressUpdate(TaskStatus.InProgress, 120, null, "120 drains cleaned", task.Version) { IdempotencyKey = Guid.NewGuid() };

        var first = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, update);
        var second = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, update);

        Assert.Equal(SaveStatus.Saved, first.Status);
        Assert.Equal(SaveStatus.AlreadySaved, second.Status);
        Assert.True(second.Succeeded);
        Assert.Empty(second.Errors);
        await using var db = Db();
        var entry = await db.TaskHistory.SingleAsync(h => h.TaskId == task.Id);
        Assert.Equal(update.IdempotencyKey, entry.IdempotencyKey);
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "task.progress"));
    }

    [Theory]
    [InlineData(TaskStatus.Blocked, "pumps broken")]
    [InlineData(TaskStatus.ReportedDone, null)]
    public async Task A_status_change_or_a_report_of_done_repeated_with_its_key_is_recorded_once(TaskStatus status, string? reason)
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; t.Achieved = 150; t.Status = TaskStatus.InProgress; });
        IReadOnlyList<EvidenceUpload> evidence = status == TaskStatus.ReportedDone ? [TestFiles.Photo()] : [];
        var update = new ProgressUpdate(status, 150, reason, null, task.Version) { IdempotencyKey = Guid.NewGuid(), Evidence = evidence };

        var results = new[]
        {
            await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, update),
            await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, update),
        };

        Assert.Equal([SaveStatus.Saved, SaveStatus.AlreadySaved], results.Select(r => r.Status));
        await using var db = Db();
        Assert.Equal(1, await db.TaskHistory.CountAsync(h => h.TaskId == task.Id));
        Assert.Equal(status == TaskStatus.ReportedDone ? 1 : 0, await db.Evidence.CountAsync(e => e.TaskId == task.Id));
    }

    [Fact]
    public async Task A_double_submit_at_the_same_moment_records_once_and_both_answers_say_saved()
    {
        var task = await World.AddTaskAsync();
        // Rounds, because two calls rarely meet in the database on the first try; each round is a fresh save.
        for (var round = 0; round < 5; round++)
        {
            var version = (await Get<TaskQueries>().GetAsync(World.WaterHead, task.Id))!.Version;
            var twin = new ProgressUpdate(TaskStatus.InProgress, null, null, $"pumps checked {round}", version) { IdempotencyKey = Guid.NewGuid() };
            var answers = await Task.WhenAll(
                Task.Run(() => Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, twin)),
                Task.Run(() => Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, twin)));

            Assert.All(answers, a => Assert.True(a.Succeeded, $"round {round}: {a.Status} {string.Join(", ", a.Errors)}"));
            Assert.Single(answers, a => a.Status == SaveStatus.Saved);
            await using var db = Db();
            Assert.Equal(1, await db.TaskHistory.CountAsync(h => h.Note == twin.Note));
        }
    }

    [Fact]
    public async Task A_new_key_is_a_new_save_and_a_stale_version_without_a_recorded_key_is_still_a_conflict()
    {
        var task = await World.AddTaskAsync();
        var first = new ProgressUpdate(TaskStatus.InProgress, null, null, "first", task.Version) { IdempotencyKey = Guid.NewGuid() };
        await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, first);

        var stale = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, first with { Note = "second", IdempotencyKey = Guid.NewGuid() });

        Assert.Equal(SaveStatus.Conflict, stale.Status);
        await using var db = Db();
        Assert.Equal(1, await db.TaskHistory.CountAsync(h => h.TaskId == task.Id));
    }

    [Fact]
    public async Task The_key_of_another_users_save_is_refused()
    {
        var task = await World.AddTaskAsync();
        var update = new ProgressUpdate(TaskStatus.InProgress, null, null, "mine", task.Version) { IdempotencyKey = Guid.NewGuid() };
        await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, update);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<ProgressService>().UpdateAsync(World.LuxorSecretariat, task.Id, update));
    }
}
