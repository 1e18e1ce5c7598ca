using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Resources;

public sealed class GapTaskTests : DatabaseTest
{
    [Fact]
    public async Task A_gap_becomes_a_task_in_one_click_and_each_shows_the_other()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        await ResourceWorld.EntryAsync(db, World, type, 3, 1, Now.AddDays(-1));
        var level = await ResourceWorld.MinimumAsync(db, World, type, 4);

        var result = await Get<GapTaskService>().CreateTaskAsync(World.LuxorSecretariat, level.Id);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        var task = await Get<TaskQueries>().GetAsync(World.LuxorSecretariat, result.TaskId!.Value);
        Assert.NotNull(task);
        Assert.Equal((World.LuxorWater.Id, World.Esna.Id, TaskCategory.Stocks, MeasureKind.Quantity, 3m), (task.OrganisationId, task.LocalUnitId, task.Category, task.Measure, task.Target));

        // The gap shows its task; the task shows its gap.
        var gap = Assert.Single(await Get<ResourceQueries>().GapsAsync(World.LuxorSecretariat, World.Luxor.Id));
        Assert.Equal(task.Id, gap.TaskId);
        Assert.True(gap.HasOpenTask);
        var ofTask = await Get<ResourceQueries>().GapOfTaskAsync(World.WaterHead, task.Id);
        Assert.NotNull(ofTask);
        Assert.Equal((level.Id, 3, 3), (ofTask.Gap.MinimumId, ofTask.Gap.Gap, ofTask.GapAtCreation));
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "resource.gap_task_created" && a.EntityId == $"{level.Id}"));
    }

    [Fact]
    public async Task A_second_click_while_the_task_is_open_makes_no_second_task()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        var level = await ResourceWorld.MinimumAsync(db, World, type, 2);
        var service = Get<GapTaskService>();
        Assert.True((await service.CreateTaskAsync(World.LuxorSecretariat, level.Id, World.EsnaCouncil.Id)).Succeeded);

        var again = await service.CreateTaskAsync(World.LuxorSecretariat, level.Id, World.EsnaCouncil.Id);

        Assert.Equal(["Resource.TaskExists"], again.Errors);
        Assert.Equal(1, await db.Tasks.CountAsync());
    }

    [Fact]
    public async Task A_met_minimum_has_no_gap_to_turn_into_a_task()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        await ResourceWorld.EntryAsync(db, World, type, 5, 5, Now.AddDays(-1));
        var level = await ResourceWorld.MinimumAsync(db, World, type, 5);

        var result = await Get<GapTaskService>().CreateTaskAsync(World.LuxorSecretariat, level.Id);

        Assert.Equal(["Resource.NoGap"], result.Errors);
        Assert.Equal(0, await db.Tasks.CountAsync());
    }

    [Fact]
    public async Task A_task_made_any_other_way_shows_no_resource_gap()
    {
        var task = await World.AddTaskAsync();

        Assert.Null(await Get<ResourceQueries>().GapOfTaskAsync(World.LuxorSecretariat, task.Id));
    }
}
