using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class ConcurrencyTests : DatabaseTest
{
    [Fact]
    public async Task The_second_of_two_edits_from_the_same_version_gets_a_conflict_and_overwrites_nothing()
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; });
        var progress = Get<ProgressService>();

        var first = await progress.UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.InProgress, 120, null, "first", task.Version));
        var second = await progress.UpdateAsync(World.LuxorSecretariat, task.Id, new ProgressUpdate(TaskStatus.InProgress, 90, null, "second", task.Version));

        Assert.True(first.Succeeded);
        Assert.Equal(SaveStatus.Conflict, second.Status);
        Assert.NotNull(second.Current);
        Assert.Equal((120m, "first", "Water head"), (second.Current!.Achieved, second.Current.LatestNote, second.Current.LastUpdatedByName));
        await using var db = Db();
        Assert.Equal(120m, (await db.Tasks.SingleAsync()).Achieved);
        Assert.Equal(1, await db.TaskHistory.CountAsync());
    }

    [Fact]
    public async Task After_seeing_the_conflict_the_user_can_save_their_kept_input_on_the_new_version()
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; });
        var progress = Get<ProgressService>();
        await progress.UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.InProgress, 120, null, "first", task.Version));
        var conflict = await progress.UpdateAsync(World.LuxorSecretariat, task.Id, new ProgressUpdate(TaskStatus.InProgress, 130, null, "second", task.Version));

        var retry = await progress.UpdateAsync(World.LuxorSecretariat, task.Id, new ProgressUpdate(TaskStatus.InProgress, 130, null, "second", conflict.Current!.Version));

        Assert.True(retry.Succeeded);
        await using var db = Db();
        Assert.Equal(130m, (await db.Tasks.SingleAsync()).Achieved);
        Assert.Equal(2, await db.TaskHistory.CountAsync());
    }

    [Fact]
    public async Task Editing_a_task_that_changed_meanwhile_is_a_conflict()
    {
        var task = await World.AddTaskAsync();
        await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.InProgress, null, null, "started", task.Version));
        var draft = new TaskDraft { TitleAr = "عنوان", TitleEn = "Title", OrganisationId = World.LuxorWater.Id, DueOn = World.Today };

        var result = await Get<TaskEditingService>().EditAsync(World.LuxorSecretariat, task.Id, draft, task.Version);

        Assert.Equal(SaveStatus.Conflict, result.Status);
        await using var db = Db();
        Assert.Equal("Clean rain drains", (await db.Tasks.SingleAsync()).TitleEn);
    }

    [Fact]
    public async Task The_database_refuses_a_save_from_a_stale_row_version()
    {
        var task = await World.AddTaskAsync();
        await using var first = Db();
        await using var second = Db();
        var a = await first.Tasks.SingleAsync(t => t.Id == task.Id);
        var b = await second.Tasks.SingleAsync(t => t.Id == task.Id);
        a.Achieved = 1;
        await first.SaveChangesAsync();

        b.Achieved = 2;

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
    }
}
