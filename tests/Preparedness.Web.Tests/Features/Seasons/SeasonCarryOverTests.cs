using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Seasons;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Seasons;

public sealed class SeasonCarryOverTests : SeasonTest
{
    // Last season (Luxor's plan, from 1 Oct 2026) → next season from 1 Oct 2027: dates move 365 days.
    private const int Shift = 365;

    [Fact]
    public async Task Opening_from_last_season_recreates_its_tasks_shifted_with_lessons_and_carries_unfinished_work()
    {
        var (late, returned, unfinished, onTime) = await LastSeasonAsync();

        var result = await Get<SeasonCarryOver>().OpenFromPreviousAsync(World.LuxorSecretariat, World.Luxor.Id, World.LuxorPlan.Id, NextWinter(), carryForward: true);

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        Assert.Equal(4, result.Created);
        var next = await NextTasksAsync(result.PlanId!.Value);
        Assert.Equal((Lesson.FinishedLate, TaskStatus.NotStarted, 0m), (next[late.TitleEn].Lesson, next[late.TitleEn].Status, next[late.TitleEn].Achieved));
        Assert.Equal((Lesson.Returned, "الصورة لا توضح البالوعات"), (next[returned.TitleEn].Lesson, next[returned.TitleEn].LessonNote));
        Assert.Equal((Lesson.Unfinished, TaskStatus.InProgress, 40m, 150m), (next[unfinished.TitleEn].Lesson, next[unfinished.TitleEn].Status, next[unfinished.TitleEn].Achieved, next[unfinished.TitleEn].Target!.Value));
        Assert.Equal(Lesson.None, next[onTime.TitleEn].Lesson);
        Assert.Equal(unfinished.DueOn.AddDays(Shift), next[unfinished.TitleEn].DueOn);
        Assert.Equal(late.DueOn.AddDays(Shift), next[late.TitleEn].DueOn);

        var page = await Get<TaskQueries>().GetAsync(World.WaterHead, next[returned.TitleEn].Id);
        Assert.Equal((Lesson.Returned, "الصورة لا توضح البالوعات"), (page!.Lesson, page.LessonNote));
    }

    [Fact]
    public async Task Without_carry_forward_unfinished_work_starts_again_from_nothing()
    {
        var (_, _, unfinished, _) = await LastSeasonAsync();

        var result = await Get<SeasonCarryOver>().OpenFromPreviousAsync(World.LuxorSecretariat, World.Luxor.Id, World.LuxorPlan.Id, NextWinter(), carryForward: false);
        var again = await Get<SeasonCarryOver>().OpenFromPreviousAsync(World.LuxorSecretariat, World.Luxor.Id, World.LuxorPlan.Id, NextWinter(), carryForward: true);

        var next = await NextTasksAsync(result.PlanId!.Value);
        Assert.Equal((TaskStatus.NotStarted, 0m, Lesson.Unfinished), (next[unfinished.TitleEn].Status, next[unfinished.TitleEn].Achieved, next[unfinished.TitleEn].Lesson));
        Assert.Equal((result.PlanId, 0, true), (again.PlanId, again.Created, again.AlreadyOpen));
        Assert.Equal(4, next.Count);
    }

    /// <summary>Four tasks: reported done 5 days late, returned by the adviser then verified, 40 of 150 done, and done on time.</summary>
    private async Task<(ReadinessTask Late, ReadinessTask Returned, ReadinessTask Unfinished, ReadinessTask OnTime)> LastSeasonAsync()
    {
        var late = await World.AddTaskAsync(t => { t.TitleEn = "late"; t.DueOn = World.Today.AddDays(-5); });
        var returned = await World.AddTaskAsync(t => t.TitleEn = "returned");
        var unfinished = await World.AddTaskAsync(t => { t.TitleEn = "unfinished"; t.Measure = MeasureKind.Quantity; t.Target = 150; });
        var onTime = await World.AddTaskAsync(t => t.TitleEn = "on time");
        await ReportAsync(late.Id, TaskStatus.ReportedDone, null);
        await ReportAsync(onTime.Id, TaskStatus.ReportedDone, null);
        await ReportAsync(returned.Id, TaskStatus.ReportedDone, null);
        await Get<ReviewService>().ReturnAsync(World.LuxorAdviser, returned.Id, "الصورة لا توضح البالوعات", await VersionAsync(returned.Id));
        await ReportAsync(returned.Id, TaskStatus.ReportedDone, null);
        await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, returned.Id, null, await VersionAsync(returned.Id));
        await ReportAsync(unfinished.Id, TaskStatus.InProgress, 40);
        return (late, returned, unfinished, onTime);
    }

    private async Task ReportAsync(int taskId, TaskStatus status, decimal? achieved)
    {
        var update = new ProgressUpdate(status, achieved, null, null, await VersionAsync(taskId)) { Evidence = status == TaskStatus.ReportedDone ? [TestFiles.Photo()] : [] };
        var result = await Get<ProgressService>().UpdateAsync(World.WaterHead, taskId, update);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
    }

    private async Task<uint> VersionAsync(int taskId)
    {
        await using var db = Db();
        return await db.Tasks.Where(t => t.Id == taskId).Select(t => t.Version).SingleAsync();
    }

    private async Task<Dictionary<string, ReadinessTask>> NextTasksAsync(int planId)
    {
        await using var db = Db();
        return await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId).ToDictionaryAsync(t => t.TitleEn);
    }
}
