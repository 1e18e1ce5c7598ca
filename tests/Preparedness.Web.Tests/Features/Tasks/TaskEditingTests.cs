using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class TaskEditingTests : DatabaseTest
{
    [Fact]
    public async Task Secretariat_creates_a_task_in_the_current_plan_with_a_created_history_entry()
    {
        var draft = new TaskDraft
        {
            TitleAr = "تجهيز مراكز الإيواء", TitleEn = "Prepare shelters", OrganisationId = World.EsnaCouncil.Id, LocalUnitId = World.Esna.Id,
            Category = TaskCategory.Shelters, Priority = TaskPriority.High, DueOn = World.Today.AddDays(14),
            Measure = MeasureKind.Quantity, Target = 12, UnitAr = "مركز", UnitEn = "centres",
        };

        var result = await Get<TaskEditingService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, draft);

        Assert.True(result.Succeeded);
        var task = (await Get<TaskQueries>().GetAsync(World.EsnaHead, result.TaskId!.Value))!;
        Assert.Equal((World.Esna.Id, 12m, "centres", "SG Luxor"), (task.LocalUnitId!.Value, task.Target!.Value, task.MeasureUnitEn!, task.LastUpdatedByName));
        Assert.Equal(HistoryKind.Created, Assert.Single(task.History).Kind);
    }

    [Fact]
    public async Task Reassigning_a_task_records_old_and_new_values()
    {
        var task = await World.AddTaskAsync();
        var details = (await Get<TaskQueries>().GetAsync(World.LuxorSecretariat, task.Id))!;
        var draft = TaskDraft.From(details);
        draft.OrganisationId = World.LuxorHealth.Id;
        draft.DueOn = World.Today.AddDays(3);

        var result = await Get<TaskEditingService>().EditAsync(World.LuxorSecretariat, task.Id, draft, details.Version);

        Assert.True(result.Succeeded);
        var entry = (await Get<TaskQueries>().GetAsync(World.LuxorSecretariat, task.Id))!.History.First();
        Assert.Equal(HistoryKind.Edited, entry.Kind);
        Assert.Contains(entry.Changes, c => c.Field == "OrganisationId" && c.From == $"{World.LuxorWater.Id}" && c.To == $"{World.LuxorHealth.Id}");
        Assert.Contains(entry.Changes, c => c.Field == "DueOn" && c.To == World.Today.AddDays(3).ToString("yyyy-MM-dd"));
    }

    [Theory]
    [InlineData("", "Title", "Validation.TitleRequired")]
    [InlineData("عنوان", "Title", "Validation.TargetInvalid")]
    public async Task An_invalid_draft_is_refused_and_creates_nothing(string titleAr, string titleEn, string error)
    {
        var draft = new TaskDraft { TitleAr = titleAr, TitleEn = titleEn, OrganisationId = World.LuxorWater.Id, DueOn = World.Today, Measure = MeasureKind.Quantity, Target = 0 };

        var result = await Get<TaskEditingService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, draft);

        Assert.Contains(error, result.Errors);
        await using var db = Db();
        Assert.False(await db.Tasks.AnyAsync());
    }

    [Fact]
    public async Task Library_tasks_are_created_for_each_organisation_and_unit_and_a_council_keeps_its_own_unit()
    {
        var request = new BulkCreateRequest(["T20", "T02"], [World.LuxorWater.Id, World.EsnaCouncil.Id], [World.Esna.Id, World.Armant.Id], World.Today.AddDays(10), TaskPriority.Critical);

        var (result, created) = await Get<BulkCreateService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, request);

        // 2 library tasks × (water company in 2 units + Esna council in its own unit) = 6
        Assert.True(result.Succeeded);
        Assert.Equal(6, created);
        await using var db = Db();
        var tasks = await db.Tasks.ToListAsync();
        Assert.Equal(6, tasks.Count);
        Assert.All(tasks.Where(t => t.OrganisationId == World.EsnaCouncil.Id), t => Assert.Equal(World.Esna.Id, t.LocalUnitId));
        Assert.All(tasks, t => Assert.Equal((TaskPriority.Critical, World.Today.AddDays(10), World.LuxorPlan.Id), (t.Priority, t.DueOn, t.PlanId)));
        Assert.Contains(tasks, t => t.LibraryCode == "T02" && t.Measure == MeasureKind.Quantity && t.Target == 12);
        Assert.Equal(6, await db.TaskHistory.CountAsync());
        Assert.Equal(tasks.Select(t => $"{t.Id}").Order(), (await db.AuditEvents.Where(a => a.Action == "task.created").Select(a => a.EntityId!).ToListAsync()).Order());
    }
}
