using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Reports;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Reports;

/// <summary>The report's figures are the dashboard's: the same data gives the same totals, whole governorate or part.</summary>
public sealed class ReportAgreementTests : DatabaseTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        var today = World.Today;

        // Every flag and every kind of credit, spread over units, organisations and categories.
        await World.AddTaskAsync(t => { t.LocalUnitId = World.Esna.Id; t.OrganisationId = World.EsnaCouncil.Id; t.Status = TaskStatus.Verified; t.Priority = TaskPriority.Critical; });
        await World.AddTaskAsync(t => { t.LocalUnitId = World.Esna.Id; t.Status = TaskStatus.ReportedDone; t.Category = TaskCategory.Shelters; });
        await World.AddTaskAsync(t => { t.LocalUnitId = World.Esna.Id; t.OrganisationId = World.EsnaCouncil.Id; t.DueOn = today.AddDays(-9); t.Priority = TaskPriority.High; });
        await World.AddTaskAsync(t => { t.LocalUnitId = World.Armant.Id; t.Measure = MeasureKind.Quantity; t.Target = 150; t.Achieved = 60; t.DueOn = today.AddDays(3); });
        await World.AddTaskAsync(t => { t.LocalUnitId = World.Armant.Id; t.OrganisationId = World.LuxorHealth.Id; t.Status = TaskStatus.InProgress; t.LastUpdatedAt = Now.AddDays(-8); t.Category = TaskCategory.Health; });
        await World.AddTaskAsync(t => { t.OrganisationId = World.LuxorHealth.Id; t.Status = TaskStatus.Returned; t.ReviewComment = "الصور لا تظهر العمل"; t.DueOn = today.AddDays(-2); });
        await World.AddTaskAsync(t => { t.Priority = TaskPriority.High; t.Measure = MeasureKind.Quantity; t.Target = 10; t.Achieved = 10; t.Category = TaskCategory.Power; });
        await Get<ConcernService>().RaiseAsync(World.LuxorAdviser, World.Luxor.Id, null, World.LuxorHealth.Id, "لا يوجد مسؤول مناوب");
        await World.AddTaskAsync(t => { t.GovernorateId = World.Alexandria.Id; t.OrganisationId = World.AlexWater.Id; t.LocalUnitId = World.Montaza.Id; t.Status = TaskStatus.Verified; });
    }

    [Fact]
    public async Task The_governorate_report_has_the_dashboards_figures()
    {
        var dashboard = await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);

        var report = (await Get<ReadinessReportService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id, null, null))!;

        Assert.Equal(7, dashboard.Overall.Tasks);
        Assert.Equal(dashboard.Overall, report.Figures.Overall);
        Assert.Equal(dashboard.Units, report.Figures.Units);
        Assert.Equal(dashboard.Organisations, report.Figures.Organisations);
        Assert.Equal(dashboard.Categories, report.Figures.Categories);
        Assert.Equal(dashboard.Overall.Overdue, report.WorstOverdue.Count);
        Assert.Equal((1, 1), (dashboard.OpenConcerns, report.OpenConcernCount));
    }

    [Fact]
    public async Task A_units_report_totals_its_row_on_the_dashboard()
    {
        var dashboard = await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);
        var row = dashboard.Units.Single(u => u.Id == World.Esna.Id).Tally;

        var report = (await Get<ReadinessReportService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id, World.Esna.Id, null))!;

        Assert.Equal(3, row.Tasks);
        Assert.Equal(row, report.Figures.Overall);
        Assert.Equal(row, Tally.Sum(report.Figures.Organisations.Select(o => o.Tally)));
        Assert.Equal(row, Tally.Sum(report.Figures.Categories.Select(c => c.Tally)));
        Assert.All(report.WorstOverdue, o => Assert.Equal(World.Esna.Id, o.Task.LocalUnitId));
        Assert.Equal(9, Assert.Single(report.WorstOverdue).DaysLate);
    }

    [Fact]
    public async Task An_organisations_report_totals_its_row_on_the_dashboard()
    {
        var dashboard = await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);
        var row = dashboard.Organisations.Single(o => o.Id == World.LuxorHealth.Id).Tally;

        var report = (await Get<ReadinessReportService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id, null, World.LuxorHealth.Id))!;

        Assert.Equal(2, row.Tasks);
        Assert.Equal(row, report.Figures.Overall);
        Assert.Equal(row, Tally.Sum(report.Figures.Categories.Select(c => c.Tally)));

        // One of its two tasks is Armant's, the other belongs to no local unit.
        Assert.Equal(1, Tally.Sum(report.Figures.Units.Select(u => u.Tally)).Tasks);
        var returned = Assert.Single(report.Returned);
        Assert.Equal("الصور لا تظهر العمل", returned.Reason);
        Assert.Equal(1, report.OpenConcernCount);
    }
}
