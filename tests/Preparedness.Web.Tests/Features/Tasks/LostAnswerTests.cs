using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>The connection goes just after a save's commit, before its answer: the save is told as it ended, saved.</summary>
public sealed class LostAnswerTests : DatabaseTest
{
    private readonly LoseNextCommitAnswer lose = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<Preparedness.Web.Data.PreparednessDbContext>((_, options) => options.AddInterceptors(lose));

    [Fact]
    public async Task A_save_whose_answer_was_lost_after_its_commit_is_told_saved_and_recorded_once()
    {
        var task = await World.AddTaskAsync();
        var update = new ProgressUpdate(TaskStatus.InProgress, null, null, "pumps checked", task.Version) { IdempotencyKey = Guid.NewGuid() };
        lose.Armed = true;

        var told = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, update);
        var again = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, update);

        Assert.False(lose.Armed, "the commit's answer was not lost: the test did not test anything");
        Assert.Equal(SaveStatus.Saved, told.Status);
        Assert.Equal(SaveStatus.AlreadySaved, again.Status);
        await using var db = Db();
        Assert.Equal(1, await db.TaskHistory.CountAsync(h => h.TaskId == task.Id));
    }

    [Fact]
    public async Task Without_a_key_a_lost_answer_is_still_reported_as_an_outage_never_as_saved()
    {
        var task = await World.AddTaskAsync();
        lose.Armed = true;

        await Assert.ThrowsAsync<NpgsqlException>(() => Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id,
            new ProgressUpdate(TaskStatus.InProgress, null, null, "no key", task.Version)));
    }

    private sealed class LoseNextCommitAnswer : DbTransactionInterceptor
    {
        public volatile bool Armed;

        public override Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default) =>
            Armed && !(Armed = false)
                ? throw new NpgsqlException("The connection was lost after the commit, before its answer (simulated).")
                : Task.CompletedTask;
    }
}
