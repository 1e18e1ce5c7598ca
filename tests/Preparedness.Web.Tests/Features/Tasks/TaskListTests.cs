using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class TaskListTests : DatabaseTest
{
    private TaskQueries Queries => Get<TaskQueries>();

    [Fact]
    public async Task Each_filter_narrows_the_list_to_matching_tasks()
    {
        var blocked = await World.AddTaskAsync(t => { t.Status = TaskStatus.Blocked; t.BlockedReason = "no pumps"; });
        var esna = await World.AddTaskAsync(t => { t.OrganisationId = World.EsnaCouncil.Id; t.LocalUnitId = World.Esna.Id; t.Category = TaskCategory.Roads; });
        var critical = await World.AddTaskAsync(t => { t.Priority = TaskPriority.Critical; t.Category = TaskCategory.Health; t.OrganisationId = World.LuxorHealth.Id; });
        var overdue = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-3));
        var stale = await World.AddTaskAsync(t => t.LastUpdatedAt = Now.AddDays(-10));
        var atRisk = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(2));

        Assert.Equal([blocked.Id], await IdsAsync(new TaskFilter { Status = TaskStatus.Blocked }));
        Assert.Equal([esna.Id], await IdsAsync(new TaskFilter { OrganisationId = World.EsnaCouncil.Id }));
        Assert.Equal([esna.Id], await IdsAsync(new TaskFilter { LocalUnitId = World.Esna.Id }));
        Assert.Equal([esna.Id], await IdsAsync(new TaskFilter { Category = TaskCategory.Roads }));
        Assert.Equal([critical.Id], await IdsAsync(new TaskFilter { Priority = TaskPriority.Critical }));
        Assert.Equal([overdue.Id], await IdsAsync(new TaskFilter { Overdue = true }));
        Assert.Equal([stale.Id], await IdsAsync(new TaskFilter { Stale = true }));
        Assert.Equal([atRisk.Id], await IdsAsync(new TaskFilter { AtRisk = true }));
        Assert.Equal(6, (await IdsAsync(new TaskFilter())).Count);
    }

    [Fact]
    public async Task Open_work_leaves_out_tasks_reported_done_or_verified_and_keeps_returned_and_blocked()
    {
        var open = new List<int>();
        foreach (var status in new[] { TaskStatus.NotStarted, TaskStatus.InProgress, TaskStatus.Blocked, TaskStatus.Returned })
        {
            open.Add((await World.AddTaskAsync(t => t.Status = status)).Id);
        }

        await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);
        await World.AddTaskAsync(t => t.Status = TaskStatus.Verified);

        Assert.Equal(open.Order(), (await IdsAsync(new TaskFilter { OpenOnly = true })).Order());
        Assert.Equal(6, (await IdsAsync(new TaskFilter())).Count);
    }

    [Fact]
    public async Task Filters_combine_and_drill_down_from_a_unit_to_its_overdue_tasks()
    {
        var esnaLate = await World.AddTaskAsync(t => { t.LocalUnitId = World.Esna.Id; t.DueOn = World.Today.AddDays(-1); });
        await World.AddTaskAsync(t => { t.LocalUnitId = World.Esna.Id; t.DueOn = World.Today.AddDays(5); });
        await World.AddTaskAsync(t => { t.LocalUnitId = World.Armant.Id; t.DueOn = World.Today.AddDays(-1); });
        await World.AddTaskAsync(t => { t.LocalUnitId = World.Esna.Id; t.DueOn = World.Today.AddDays(-1); t.Status = TaskStatus.Verified; });

        var ids = await IdsAsync(new TaskFilter { LocalUnitId = World.Esna.Id, Overdue = true });

        Assert.Equal([esnaLate.Id], ids);
    }

    [Fact]
    public async Task Pages_are_cut_on_the_server_with_a_total_and_a_stable_order()
    {
        for (var i = 0; i < 30; i++)
        {
            var day = i;
            await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(day));
        }

        var first = await Queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter(), new TaskPageRequest(0, 10));
        var third = await Queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter(), new TaskPageRequest(2, 10));
        var latestFirst = await Queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter(), new TaskPageRequest(0, 5, TaskSort.DueOn, Descending: true));
        var huge = await Queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter(), new TaskPageRequest(0, 100_000));

        Assert.Equal(30, first.Total);
        Assert.Equal(10, first.Rows.Count);
        Assert.Equal(World.Today, first.Rows[0].DueOn);
        Assert.Equal(World.Today.AddDays(20), third.Rows[0].DueOn);
        Assert.Equal(World.Today.AddDays(29), latestFirst.Rows[0].DueOn);
        Assert.Equal(30, huge.Rows.Count);
    }

    [Fact]
    public async Task Sorting_by_priority_puts_critical_first_when_descending()
    {
        await World.AddTaskAsync(t => t.Priority = TaskPriority.Normal);
        var critical = await World.AddTaskAsync(t => t.Priority = TaskPriority.Critical);
        await World.AddTaskAsync(t => t.Priority = TaskPriority.High);

        var page = await Queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter(), new TaskPageRequest(0, 10, TaskSort.Priority, true));

        Assert.Equal(critical.Id, page.Rows[0].Id);
        Assert.Equal([TaskPriority.Critical, TaskPriority.High, TaskPriority.Normal], page.Rows.Select(r => r.Priority));
    }

    [Fact]
    public async Task The_list_never_shows_another_governorates_tasks()
    {
        await World.AddTaskAsync(t => { t.GovernorateId = World.Alexandria.Id; t.OrganisationId = World.AlexWater.Id; });
        var luxor = await World.AddTaskAsync();

        Assert.Equal([luxor.Id], await IdsAsync(new TaskFilter()));
        Assert.Equal([luxor.Id], await IdsAsync(new TaskFilter { OrganisationId = null, Text = "drains" }));
    }

    [Fact]
    public async Task An_organisation_head_gets_their_own_tasks_soonest_first()
    {
        var later = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(20));
        var late = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-2));
        await World.AddTaskAsync(t => t.OrganisationId = World.EsnaCouncil.Id);

        var mine = await Queries.MineAsync(World.WaterHead);

        Assert.Equal([late.Id, later.Id], mine.Select(r => r.Id));
        Assert.True(mine[0].Overdue);
        Assert.Empty(await Queries.MineAsync(World.LuxorSecretariat));
    }

    private async Task<List<int>> IdsAsync(TaskFilter filter) =>
        (await Queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, filter, new TaskPageRequest(0, 100)))
            .Rows.Select(r => r.Id).Order().ToList();
}
