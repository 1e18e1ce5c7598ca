using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Seasons;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Seasons;

public sealed class SeasonClosingTests : SeasonTest
{
    public static TheoryData<string> Paths() =>
        ["Progress", "Evidence", "ReportDone", "Edit", "Create", "BulkCreate", "Verify", "Return"];

    [Theory]
    [MemberData(nameof(Paths))]
    public async Task A_closed_season_refuses_every_change_to_its_tasks(string path)
    {
        var open = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; });
        var reported = await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);
        Assert.True((await Get<SeasonClosing>().CloseAsync(World.LuxorSecretariat, World.LuxorPlan.Id)).Succeeded);
        var before = await SnapshotAsync();

        var result = await AttemptAsync(path, open, reported);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Equal([ClosedSeason.ErrorKey], result.Errors);
        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task Closing_keeps_the_dashboards_figures_and_what_finished_late()
    {
        var late = await World.AddTaskAsync(t => { t.TitleEn = "late"; t.DueOn = World.Today.AddDays(-3); });
        await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; t.Achieved = 60; t.LocalUnitId = World.Esna.Id; });
        await World.AddTaskAsync(t => { t.OrganisationId = World.LuxorHealth.Id; t.Category = TaskCategory.Health; t.Priority = TaskPriority.Critical; });
        var done = await Get<ProgressService>().UpdateAsync(World.WaterHead, late.Id, new ProgressUpdate(TaskStatus.ReportedDone, null, null, null, late.Version) { Evidence = [TestFiles.Photo()] });
        Assert.True(done.Succeeded);
        var dashboard = await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);

        var closed = await Get<SeasonClosing>().CloseAsync(World.LuxorSecretariat, World.LuxorPlan.Id);
        var again = await Get<SeasonClosing>().CloseAsync(World.LuxorSecretariat, World.LuxorPlan.Id);

        Assert.True(closed.Succeeded);
        Assert.Equal(["Season.AlreadyClosed"], again.Errors);
        var summary = (await Get<SeasonQueries>().SummariesAsync(World.LuxorGovernor, World.Luxor.Id))[World.LuxorPlan.Id];
        Assert.Equal((dashboard.Overall.Score, dashboard.Overall.Tasks, 1), (summary.Overall, summary.Tasks, summary.Done));
        Assert.Equal(dashboard.Organisations.Select(o => (o.NameEn, o.Tally.Score)), summary.Organisations.Select(o => (o.NameEn, o.Score)));
        Assert.Equal(dashboard.Units.Where(u => u.Tally.Tasks > 0).Select(u => (u.NameEn, u.Tally.Score)), summary.Units.Select(u => (u.NameEn, u.Score)));
        Assert.Equal(dashboard.Categories.Select(c => ($"{c.Category}", c.Tally.Score)), summary.Categories.Select(c => (c.NameEn, c.Score)));
        Assert.Equal([("late", 3)], summary.Late.Select(l => (l.TitleEn, l.DaysLate)));
        await using var db = Db();
        var plan = await db.Plans.SingleAsync(p => p.Id == World.LuxorPlan.Id);
        Assert.Equal((DatabaseTest.Now, "SG Luxor"), (plan.ClosedAt!.Value, plan.ClosedByName));
        Assert.Single(await db.AuditEvents.Where(a => a.Action == "season.closed").ToListAsync());
        Assert.True((await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id)).PlanClosed);
    }

    private async Task<SaveResult> AttemptAsync(string path, ReadinessTask open, ReadinessTask reported)
    {
        var (sg, head, adviser) = (World.LuxorSecretariat, World.WaterHead, World.LuxorAdviser);
        var draft = new TaskDraft { TitleAr = "مهمة", TitleEn = "Task", OrganisationId = World.LuxorWater.Id, DueOn = World.Today.AddDays(5) };
        return path switch
        {
            "Progress" => await Get<ProgressService>().UpdateAsync(head, open.Id, new ProgressUpdate(TaskStatus.InProgress, 10, null, "note", open.Version)),
            "Evidence" => await Get<ProgressService>().UpdateAsync(head, open.Id, new ProgressUpdate(TaskStatus.NotStarted, null, null, null, open.Version) { Evidence = [TestFiles.Photo()] }),
            "ReportDone" => await Get<ProgressService>().UpdateAsync(head, open.Id, new ProgressUpdate(TaskStatus.ReportedDone, 150, null, null, open.Version) { Evidence = [TestFiles.Photo()] }),
            "Edit" => await Get<TaskEditingService>().EditAsync(sg, open.Id, TaskDraft.From((await Get<TaskQueries>().GetAsync(sg, open.Id))!) is var d ? Retitle(d) : null!, open.Version),
            "Create" => await Get<TaskEditingService>().CreateAsync(sg, World.Luxor.Id, draft),
            "BulkCreate" => (await Get<BulkCreateService>().CreateAsync(sg, World.Luxor.Id, new BulkCreateRequest(["T01"], [World.LuxorWater.Id], [], null, null))).Result,
            "Verify" => await Get<ReviewService>().VerifyAsync(adviser, reported.Id, null, reported.Version),
            "Return" => await Get<ReviewService>().ReturnAsync(adviser, reported.Id, "again", reported.Version),
            _ => throw new ArgumentOutOfRangeException(nameof(path)),
        };
    }

    private static TaskDraft Retitle(TaskDraft d)
    {
        d.TitleEn = "changed";
        return d;
    }

    private async Task<(int Tasks, int History, int Evidence, int Audit, string Statuses)> SnapshotAsync()
    {
        await using var db = Db();
        var statuses = await db.Tasks.OrderBy(t => t.Id).Select(t => $"{t.Status}:{t.Achieved}:{t.TitleEn}").ToListAsync();
        return (await db.Tasks.CountAsync(), await db.TaskHistory.CountAsync(), await db.Evidence.CountAsync(), await db.AuditEvents.CountAsync(), string.Join("|", statuses));
    }
}
