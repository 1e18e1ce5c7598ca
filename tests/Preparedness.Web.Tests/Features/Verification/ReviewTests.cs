using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Verification;

public sealed class ReviewTests : DatabaseTest
{
    [Fact]
    public async Task The_adviser_returns_with_a_comment_the_owner_reports_again_and_the_adviser_verifies()
    {
        var task = await World.AddTaskAsync();
        await ReportAsync(task.Id, [TestFiles.Photo()]);

        var returned = await Get<ReviewService>().ReturnAsync(World.LuxorAdviser, task.Id, "الصورة لا توضح البالوعات", await VersionAsync(task.Id));
        var afterReturn = await DetailsAsync(task.Id);
        var reported = await ReportAsync(task.Id, []);
        var verified = await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, task.Id, null, await VersionAsync(task.Id));

        Assert.True(returned.Succeeded && reported.Succeeded && verified.Succeeded);
        Assert.Equal((TaskStatus.Returned, "الصورة لا توضح البالوعات"), (afterReturn.Status, afterReturn.ReviewComment));
        var final = await DetailsAsync(task.Id);
        Assert.Equal(TaskStatus.Verified, final.Status);
        Assert.Equal([HistoryKind.Verified, HistoryKind.Progress, HistoryKind.Returned, HistoryKind.Progress], final.History.Select(h => h.Kind));
        await using var db = Db();
        Assert.Equal(["task.progress", "task.returned", "task.progress", "task.verified"], await db.AuditEvents.OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Theory]
    [InlineData(TaskStatus.Verified)]
    [InlineData(TaskStatus.Returned)]
    public async Task A_review_sent_twice_with_one_key_is_recorded_once_and_answered_already_saved(TaskStatus outcome)
    {
        var task = await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);
        var key = Guid.NewGuid();
        var reviews = Get<ReviewService>();
        Task<SaveResult> Send() => outcome == TaskStatus.Verified
            ? reviews.VerifyAsync(World.LuxorAdviser, task.Id, "تمت المعاينة", task.Version, key)
            : reviews.ReturnAsync(World.LuxorAdviser, task.Id, "الصورة غير واضحة", task.Version, key);

        var first = await Send();
        var second = await Send();

        Assert.Equal((SaveStatus.Saved, SaveStatus.AlreadySaved), (first.Status, second.Status));
        Assert.Empty(second.Errors);
        await using var db = Db();
        var entry = await db.TaskHistory.SingleAsync(h => h.TaskId == task.Id);
        Assert.Equal(key, entry.IdempotencyKey);
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.EntityId == $"{task.Id}"));
    }

    [Fact]
    public async Task The_key_of_another_tasks_review_is_refused()
    {
        var task = await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);
        var other = await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);
        var key = Guid.NewGuid();
        await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, task.Id, null, task.Version, key);

        await Assert.ThrowsAsync<Preparedness.Web.Features.Accounts.AccessDeniedException>(
            () => Get<ReviewService>().VerifyAsync(World.LuxorAdviser, other.Id, null, other.Version, key));
    }

    [Fact]
    public async Task Returning_needs_a_comment_and_only_reported_work_can_be_reviewed()
    {
        var open = await World.AddTaskAsync();
        var reported = await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);

        var noComment = await Get<ReviewService>().ReturnAsync(World.LuxorAdviser, reported.Id, "  ", reported.Version);
        var notReported = await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, open.Id, null, open.Version);

        Assert.Contains("Review.CommentRequired", noComment.Errors);
        Assert.Contains("Review.NotAwaiting", notReported.Errors);
        await using var db = Db();
        Assert.False(await db.TaskHistory.AnyAsync());
    }

    [Fact]
    public async Task The_queue_lists_reported_work_oldest_first_and_filters_by_unit_and_organisation()
    {
        var newer = await World.AddTaskAsync(t => { t.Status = TaskStatus.ReportedDone; t.LastUpdatedAt = Now.AddHours(-1); });
        var older = await World.AddTaskAsync(t => { t.Status = TaskStatus.ReportedDone; t.LastUpdatedAt = Now.AddDays(-2); t.OrganisationId = World.EsnaCouncil.Id; t.LocalUnitId = World.Esna.Id; });
        await World.AddTaskAsync(t => t.Status = TaskStatus.InProgress);

        var all = await Get<ReviewQueries>().QueueAsync(World.LuxorAdviser, World.Luxor.Id, null, null);
        var esna = await Get<ReviewQueries>().QueueAsync(World.LuxorAdviser, World.Luxor.Id, World.Esna.Id, null);
        var water = await Get<ReviewQueries>().QueueAsync(World.LuxorAdviser, World.Luxor.Id, null, World.LuxorWater.Id);

        Assert.Equal([older.Id, newer.Id], all.Select(r => r.Id));
        Assert.Equal([older.Id], esna.Select(r => r.Id));
        Assert.Equal([newer.Id], water.Select(r => r.Id));
    }

    [Fact]
    public async Task A_concern_is_raised_by_the_adviser_counted_on_the_dashboard_and_resolved_by_the_secretariat()
    {
        var task = await World.AddTaskAsync();
        var concerns = Get<ConcernService>();

        var raised = await concerns.RaiseAsync(World.LuxorAdviser, World.Luxor.Id, task.Id, null, "لا توجد مضخات احتياطية");
        var openBefore = (await Get<Web.Features.Dashboard.DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id)).OpenConcerns;
        var resolved = await concerns.ResolveAsync(World.LuxorSecretariat, raised.TaskId!.Value, "تم توفير مضختين");

        Assert.True(raised.Succeeded && resolved.Succeeded);
        Assert.Equal(1, openBefore);
        Assert.Equal(0, (await Get<Web.Features.Dashboard.DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id)).OpenConcerns);
        var row = Assert.Single(await concerns.ListAsync(World.LuxorSecretariat, World.Luxor.Id, openOnly: false));
        Assert.Equal(("SG Luxor", "تم توفير مضختين"), (row.ResolvedByName, row.Resolution));
    }

    private async Task<SaveResult> ReportAsync(int taskId, IReadOnlyList<EvidenceUpload> files) =>
        await Get<ProgressService>().UpdateAsync(World.WaterHead, taskId,
            new ProgressUpdate(TaskStatus.ReportedDone, null, null, "تم", await VersionAsync(taskId)) { Evidence = files });

    private async Task<uint> VersionAsync(int taskId) => (await DetailsAsync(taskId)).Version;

    private async Task<TaskDetails> DetailsAsync(int taskId) => (await Get<TaskQueries>().GetAsync(World.LuxorSecretariat, taskId))!;
}
