using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Dashboard;

public sealed class ReadinessScoreTests : DatabaseTest
{
    [Fact]
    public async Task Score_is_the_priority_weighted_share_of_work_done()
    {
        await World.AddTaskAsync(t => { t.Priority = TaskPriority.Critical; t.Status = TaskStatus.Verified; });
        await World.AddTaskAsync(t => { t.Priority = TaskPriority.High; t.Status = TaskStatus.ReportedDone; });
        await World.AddTaskAsync(t => Quantity(t, 120, 150, TaskPriority.Normal));
        await World.AddTaskAsync(t => { t.Status = TaskStatus.InProgress; });
        await World.AddTaskAsync(t => Quantity(t, 200, 150, TaskPriority.Critical));

        var figures = await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);

        // weights 3+2+1+1+3 = 10; credits 3 + 2 + 0.8 + 0 + 3 (capped at the target) = 8.8
        Assert.Equal(10, figures.Overall.Weight);
        Assert.Equal(88.0m, figures.Overall.Score);
        Assert.Equal(30.0m, figures.Overall.VerifiedShare);
        Assert.Equal(20.0m, figures.Overall.ReportedShare);
        Assert.Equal(1, figures.Overall.AwaitingVerification);
    }

    [Fact]
    public async Task A_stale_unfinished_task_counts_as_nothing_but_a_stale_done_task_still_counts()
    {
        var old = Now.AddDays(-8);
        await World.AddTaskAsync(t => { Quantity(t, 140, 150, TaskPriority.Normal); t.LastUpdatedAt = old; });
        await World.AddTaskAsync(t => { t.Status = TaskStatus.Verified; t.LastUpdatedAt = old; });

        var figures = await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);

        Assert.Equal(50.0m, figures.Overall.Score);
        Assert.Equal(1, figures.Overall.Stale);
    }

    [Fact]
    public async Task Staleness_follows_the_configured_number_of_days_and_the_clock()
    {
        await World.AddTaskAsync(t => Quantity(t, 75, 150, TaskPriority.Normal));
        var dashboard = Get<DashboardService>();

        Clock.Advance(TimeSpan.FromDays(6));
        var fresh = await dashboard.GetAsync(World.LuxorSecretariat, World.Luxor.Id);
        Clock.Advance(TimeSpan.FromDays(2));
        var stale = await dashboard.GetAsync(World.LuxorSecretariat, World.Luxor.Id);

        Assert.Equal(50.0m, fresh.Overall.Score);
        Assert.Equal(0, fresh.Overall.Stale);
        Assert.Equal(0.0m, stale.Overall.Score);
        Assert.Equal(1, stale.Overall.Stale);
    }

    [Fact]
    public async Task Overdue_and_at_risk_count_only_unfinished_tasks()
    {
        await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-1));
        await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(-1); t.Status = TaskStatus.ReportedDone; });
        await World.AddTaskAsync(t => { Quantity(t, 20, 100, TaskPriority.Normal); t.DueOn = World.Today.AddDays(3); });
        await World.AddTaskAsync(t => { Quantity(t, 80, 100, TaskPriority.Normal); t.DueOn = World.Today.AddDays(3); });
        await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(10));

        var overall = (await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id)).Overall;

        Assert.Equal(1, overall.Overdue);
        Assert.Equal(1, overall.AtRisk);
        Assert.Equal(5, overall.Tasks);
    }

    [Fact]
    public async Task Figures_roll_up_per_unit_organisation_and_category_and_stay_inside_the_governorate()
    {
        await World.AddTaskAsync(t => { t.OrganisationId = World.EsnaCouncil.Id; t.LocalUnitId = World.Esna.Id; t.Status = TaskStatus.Verified; t.Category = TaskCategory.Roads; });
        await World.AddTaskAsync(t => { t.OrganisationId = World.EsnaCouncil.Id; t.LocalUnitId = World.Esna.Id; t.DueOn = World.Today.AddDays(-2); });
        await World.AddTaskAsync(t => { t.LocalUnitId = World.Armant.Id; t.Status = TaskStatus.ReportedDone; });
        await World.AddTaskAsync(t => { t.GovernorateId = World.Alexandria.Id; t.OrganisationId = World.AlexWater.Id; t.Status = TaskStatus.Verified; });

        var figures = await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);

        var esna = figures.Units.Single(u => u.Id == World.Esna.Id).Tally;
        Assert.Equal((2, 50.0m, 1), (esna.Tasks, esna.Score!.Value, esna.Overdue));
        Assert.Equal(100.0m, figures.Units.Single(u => u.Id == World.Armant.Id).Tally.Score);
        Assert.Equal(2, figures.Organisations.Single(o => o.Id == World.EsnaCouncil.Id).Tally.Tasks);
        Assert.DoesNotContain(figures.Organisations, o => o.Id == World.AlexWater.Id);
        Assert.Equal(100.0m, figures.Categories.Single(c => c.Category == TaskCategory.Roads).Tally.Score);
        Assert.Equal(3, figures.Overall.Tasks);
    }

    [Fact]
    public async Task An_empty_governorate_has_no_score_rather_than_zero()
    {
        var figures = await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);

        Assert.Null(figures.Overall.Score);
        Assert.All(figures.Units, u => Assert.Null(u.Tally.Score));
    }

    private static void Quantity(ReadinessTask task, decimal achieved, decimal target, TaskPriority priority)
    {
        task.Measure = MeasureKind.Quantity;
        task.Achieved = achieved;
        task.Target = target;
        task.Priority = priority;
        task.Status = TaskStatus.InProgress;
    }
}
