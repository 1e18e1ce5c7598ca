using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Operations.Faults;

/// <summary>
/// PostgreSQL restarted (every session ended) twice while a user saves in a loop through the task page's own
/// service: what each save was told matches, row by row, what the database holds.
/// </summary>
public sealed class SaveOutcomeRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan SavesAgainWithin = TimeSpan.FromSeconds(30);

    private OwnServerApp app = default!;

    public async Task InitializeAsync() =>
        app = await OwnServerApp.StartAsync("save_outcome", TimeSpan.FromSeconds(10), demoData: true);

    [Fact]
    public async Task No_save_is_told_failed_but_committed_and_none_told_saved_is_missing_across_restarts()
    {
        var (actor, taskId) = await OwnerAndTaskAsync();
        var saver = new KeyedSaver(app.Services, actor, taskId, TaskStatus.InProgress);
        using var stop = new CancellationTokenSource();
        var loop = saver.RunAsync(stop.Token);

        for (var restart = 0; restart < 2; restart++)
        {
            await UntilSavedAsync(saver, saver.SavedCount + 5);
            app.Postgres.StopServer();
            app.Postgres.StartServer();
        }

        await UntilSavedAsync(saver, saver.SavedCount + 5);
        await stop.CancelAsync();
        await loop;

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var rows = await db.TaskHistory.Where(h => h.TaskId == taskId && h.Note != null && h.Note.StartsWith("keyed-"))
            .Select(h => new { Note = h.Note!, h.IdempotencyKey }).ToListAsync();
        var stored = rows.ToLookup(r => r.IdempotencyKey);
        var answers = saver.Answers.ToList();
        var toldFailedButCommitted = answers.Where(a => !a.ToldSaved && stored.Contains(a.Key)).ToList();
        var toldSavedButMissing = answers.Where(a => a.ToldSaved && !stored.Contains(a.Key)).ToList();

        output.WriteLine($"{answers.Count} saves: {answers.Count(a => a.ToldSaved)} told saved, "
            + string.Join(", ", answers.Where(a => !a.ToldSaved).GroupBy(a => a.Told).Select(g => $"{g.Count()} told {g.Key}")));
        Assert.Empty(toldFailedButCommitted);
        Assert.Empty(toldSavedButMissing);
        Assert.All(stored, s => Assert.Single(s));
        Assert.All(rows, r => Assert.Contains(answers, a => a.Key == r.IdempotencyKey && a.Note == r.Note));
    }

    private static async Task UntilSavedAsync(KeyedSaver saver, int count)
    {
        var waited = Stopwatch.StartNew();
        while (saver.SavedCount < count)
        {
            Assert.True(waited.Elapsed < SavesAgainWithin, $"only {saver.SavedCount} of {count} saves within {SavesAgainWithin.TotalSeconds} s");
            await Task.Delay(50);
        }
    }

    private async Task<(Actor Actor, int TaskId)> OwnerAndTaskAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == "admin@preparedness.demo");
        var taskId = await db.Tasks
            .Where(t => t.Status == TaskStatus.InProgress && t.Measure != MeasureKind.Quantity)
            .OrderBy(t => t.Id).Select(t => t.Id).FirstAsync();
        return (new Actor(user.Id, "Fault test", Roles.Administrator, null, null), taskId);
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
