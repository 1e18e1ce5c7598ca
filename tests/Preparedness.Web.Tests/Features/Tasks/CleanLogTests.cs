using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>A warning in the log must mean a real problem: saving, reporting and reviewing a task log none.</summary>
public sealed class CleanLogTests : DatabaseTest
{
    private readonly LogCapture log = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.AddLogging(b => b.AddProvider(log));

    [Fact]
    public async Task Saving_progress_reporting_done_and_verifying_log_no_warning()
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 10; });
        var progress = Get<ProgressService>();

        var saved = await progress.UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.InProgress, 4, null, "four pumps on site", task.Version));
        var current = await Get<TaskQueries>().GetAsync(World.WaterHead, task.Id);
        var reported = await progress.UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.ReportedDone, 10, null, "all ten", current!.Version) { Evidence = [TestFiles.Photo()] });
        current = await Get<TaskQueries>().GetAsync(World.LuxorAdviser, task.Id);
        var verified = await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, task.Id, null, current!.Version);

        Assert.True(saved.Succeeded && reported.Succeeded && verified.Succeeded, string.Join(", ", saved.Errors.Concat(reported.Errors).Concat(verified.Errors)));
        Assert.Empty(log.Warnings);
    }
}
