using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Testing.Postgres;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;
using Xunit.Abstractions;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations.Faults;

/// <summary>
/// PostgreSQL restarts (<c>pg_ctl restart -m fast</c>: every session ended) while a user saves task
/// updates in a loop through the app's own service, on a server of the test's own.
/// </summary>
public sealed class PostgresRestartTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan ServesAgainWithin = TimeSpan.FromSeconds(30);

    private OwnServerApp app = default!;

    public async Task InitializeAsync() =>
        app = await OwnServerApp.StartAsync("restart", TimeSpan.FromSeconds(10), demoData: true);

    [Fact]
    public async Task Saves_told_succeeded_survive_a_restart_the_app_serves_again_within_30_s_and_screens_re_read()
    {
        var (actor, task) = await OwnerAndTaskAsync();
        // Moments on one monotonic clock: a wall-clock step during the test cannot reorder them.
        var clock = Stopwatch.StartNew();
        var heard = new ConcurrentQueue<(TimeSpan At, string? Note)>();
        var resyncs = new ConcurrentQueue<TimeSpan>();
        using var screen = app.Services.GetRequiredService<LiveFeed>().Subscribe<TaskChange>(
            LiveScope.Governorate(task.GovernorateId),
            change => { heard.Enqueue((clock.Elapsed, null)); return Task.CompletedTask; },
            () => { resyncs.Enqueue(clock.Elapsed); return Task.CompletedTask; });
        var saver = new Saver(app.Services, actor, task.Id, task.Status);
        using var stop = new CancellationTokenSource();
        var loop = saver.RunAsync(stop.Token);

        await saver.WaitForSavesAsync(5, TimeSpan.FromSeconds(60));
        var restart = Stopwatch.StartNew();
        app.Postgres.StopServer();
        var down = clock.Elapsed;
        app.Postgres.StartServer();
        var up = clock.Elapsed;
        var savesBefore = saver.Succeeded.Count;
        await saver.WaitForSavesAsync(savesBefore + 5, ServesAgainWithin);
        var servedAgain = restart.Elapsed;
        await WaitForReadyAsync();

        // The listener came back: the screen is asked to re-read, and hears the saves made since (the
        // listener notices the loss on its own schedule, so this is waited for while the user saves on).
        await Until(() => resyncs.Any(at => at >= down) && heard.Any(h => h.At >= up), "the screen re-read and heard a save after the restart");
        await stop.CancelAsync();
        await loop;

        // Every save the user was told succeeded is in the database, once.
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var notes = await db.TaskHistory.Where(h => h.TaskId == task.Id && h.Note != null && h.Note.StartsWith("restart-")).Select(h => h.Note!).ToListAsync();
        Assert.All(saver.Succeeded, note => Assert.Single(notes, note));

        // Every failure was reported to the caller (an exception or a result, never a silent loss), as an
        // outage the task page turns into "not saved, try again" with the form kept.
        Assert.Equal(saver.Attempts, saver.Succeeded.Count + saver.Failed);
        Assert.Empty(saver.Unrecognised);

        output.WriteLine($"saves: {saver.Attempts} attempted, {saver.Succeeded.Count} succeeded, {saver.Failed} failed (told so); "
            + $"outage {(up - down).TotalSeconds:0.0} s; saving again {servedAgain.TotalSeconds:0.0} s after the restart began");
    }

    private async Task<(Actor Actor, (int Id, int GovernorateId, TaskStatus Status) Task)> OwnerAndTaskAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var user = await db.Users.SingleAsync(u => u.UserName == "admin@preparedness.demo");
        var task = await db.Tasks
            .Where(t => t.Status == TaskStatus.InProgress && t.Measure != MeasureKind.Quantity)
            .OrderBy(t => t.Id)
            .Select(t => new { t.Id, t.GovernorateId, t.Status })
            .FirstAsync();
        return (new Actor(user.Id, "Fault test", Roles.Administrator, null, null), (task.Id, task.GovernorateId, task.Status));
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < ServesAgainWithin, $"Not within {ServesAgainWithin.TotalSeconds} s: {what}");
            await Task.Delay(100);
        }
    }

    private async Task WaitForReadyAsync()
    {
        var waited = Stopwatch.StartNew();
        while (waited.Elapsed < ServesAgainWithin)
        {
            try
            {
                if ((await app.Client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                // Not answering yet (or slowly, on a busy machine): ask again until the deadline.
            }

            await Task.Delay(200);
        }

        Assert.Fail("/health/ready did not return to Healthy within 30 s of the restart");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
