using System.Collections.Concurrent;
using System.Diagnostics;
using Hangfire;
using Hangfire.PostgreSql;
using Hangfire.PostgreSql.Factories;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Preparedness.Testing.Postgres;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using Xunit.Abstractions;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Operations.Faults;

/// <summary>
/// Failover to a streaming standby (<c>pg_basebackup -R</c>, then <c>pg_ctl promote</c>) while a user saves
/// task updates in a loop; the app, its live listener and a job server all use one multi-host connection
/// string with <c>Target Session Attributes=primary</c> and find the new primary by themselves. The
/// recovery time is measured by deploy/failover.sh, not asserted here beyond a generous bound.
/// </summary>
public sealed class FailoverTests(ITestOutputHelper output) : IAsyncLifetime
{
    private static readonly TimeSpan RecoversWithin = TimeSpan.FromSeconds(30);

    private ThrowawayPostgres? standby;
    private OwnServerApp app = default!;
    private string multiHost = "";

    public async Task InitializeAsync() =>
        app = await OwnServerApp.StartAsync("failover", TimeSpan.FromSeconds(10), demoData: true, prepare: (primary, connectionString) =>
        {
            standby = primary.StartStandby();
            multiHost = FailoverConnection.MultiHost(connectionString, primary.Port!.Value, standby.Port!.Value);
            return Task.FromResult<IReadOnlyDictionary<string, string>>(new Dictionary<string, string>
            {
                ["ConnectionStrings:Preparedness"] = multiHost,
                ["ConnectionStrings:PreparednessListen"] = multiHost,
                ["Preparedness:Live:HeartbeatSeconds"] = "0.5",
                ["Preparedness:Live:MissedAfterSeconds"] = "3",
            });
        });

    [Fact]
    public async Task After_a_failover_the_app_listener_and_job_server_reach_the_new_primary_and_every_save_told_succeeded_is_there()
    {
        var (actor, task) = await OwnerAndTaskAsync();
        var clock = Stopwatch.StartNew();
        var heard = new ConcurrentQueue<TimeSpan>();
        var resyncs = new ConcurrentQueue<TimeSpan>();
        using var screen = app.Services.GetRequiredService<LiveFeed>().Subscribe<TaskChange>(
            LiveScope.Governorate(task.GovernorateId),
            _ => { heard.Enqueue(clock.Elapsed); return Task.CompletedTask; },
            () => { resyncs.Enqueue(clock.Elapsed); return Task.CompletedTask; });
        var status = app.Services.GetRequiredService<LiveListenerStatus>();
        var listeningAt = new ConcurrentQueue<TimeSpan>();
        status.Changed += () =>
        {
            if (status.IsListening)
            {
                listeningAt.Enqueue(clock.Elapsed);
            }
        };
        using var jobs = JobServerOn(multiHost, out var storage);
        var saver = new Saver(app.Services, actor, task.Id, task.Status);
        using var stop = new CancellationTokenSource();
        var loop = saver.RunAsync(stop.Token);
        await saver.WaitForSavesAsync(5, TimeSpan.FromSeconds(60));
        Assert.True(await InRecoveryAsync(), "the standby follows the primary before the failover");

        // Hangfire stamps its heartbeats with the machine's time, not the app's clock.
        var stoppedAtUtc = TimeProvider.System.GetUtcNow().UtcDateTime;
        app.Postgres.StopServer();
        var stopped = clock.Elapsed;
        standby!.Promote();
        var promoted = clock.Elapsed;
        Assert.False(await InRecoveryAsync(), "the standby was promoted");

        // Nothing can be saved between the stop and the promotion: the first save counted here is on the new primary.
        var savesBefore = saver.Succeeded.Count;
        await saver.WaitForSavesAsync(savesBefore + 1, RecoversWithin);
        var saving = clock.Elapsed;
        var heartbeat = await HeartbeatAfterAsync(storage, stoppedAtUtc, clock);
        await saver.WaitForSavesAsync(savesBefore + 5, RecoversWithin);
        await Until(() => listeningAt.Any(at => at > stopped) && resyncs.Any(at => at > stopped) && heard.Any(at => at > stopped), "the listener hears the new primary and screens re-read");
        var listening = listeningAt.First(at => at > stopped);
        var probe = Guid.NewGuid().ToString("N");
        new BackgroundJobClient(storage).Enqueue(() => FailoverProbe.Run(probe));
        await Until(() => FailoverProbe.Ran.ContainsKey(probe), "the job server runs a job enqueued on the new primary");
        await stop.CancelAsync();
        await loop;

        // Row by row, read on the new primary itself: every save the user was told succeeded, once.
        var notes = await NotesOnNewPrimaryAsync(task.Id);
        Assert.All(saver.Succeeded, note => Assert.Single(notes, note));
        Assert.Equal(saver.Attempts, saver.Succeeded.Count + saver.Failed);
        Assert.Empty(saver.Unrecognised);
        var report = $"failover: promoted {Seconds(promoted - stopped)} after the primary stopped; from the stop: first save {Seconds(saving - stopped)}, "
            + $"listener hearing {Seconds(listening - stopped)}, job server heartbeat {Seconds(heartbeat - stopped)}; saves {saver.Attempts}: "
            + $"{saver.Succeeded.Count} told succeeded (all on the new primary), {saver.Failed} told failed";
        output.WriteLine(report);
        if (Environment.GetEnvironmentVariable("PREPAREDNESS_FAILOVER_REPORT") is { Length: > 0 } file)
        {
            await File.AppendAllTextAsync(file, report + Environment.NewLine);
        }
    }

    private static string Seconds(TimeSpan span) => $"{span.TotalSeconds:0.00} s";

    /// <summary>When the job server's heartbeat, written to the new primary, is first read back there.</summary>
    private static async Task<TimeSpan> HeartbeatAfterAsync(JobStorage storage, DateTime stoppedAtUtc, Stopwatch clock)
    {
        var waited = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                if (storage.GetMonitoringApi().Servers().Any(s => s.Name.StartsWith("failover-test", StringComparison.Ordinal) && s.Heartbeat > stoppedAtUtc))
                {
                    return clock.Elapsed;
                }
            }
            catch (Exception ex) when (ex is NpgsqlException or InvalidOperationException or TimeoutException)
            {
                // No primary yet: ask again.
            }

            Assert.True(waited.Elapsed < RecoversWithin, "the job server's heartbeat did not reach the new primary");
            await Task.Delay(50);
        }
    }

    private static BackgroundJobServer JobServerOn(string connectionString, out JobStorage storage)
    {
        // A storage and server of the test's own, not Hangfire's static ones (the shared host owns those).
        var options = JobServer.StorageOptions(new JobOptions());
        storage = new PostgreSqlStorage(new NpgsqlConnectionFactory(connectionString, options), options);

        // Hangfire logs through one static provider, which the last host started pointed at its own logger factory;
        // once that host is disposed (the shared app's, when its tests are done) a new server could not even be made.
        Hangfire.Logging.LogProvider.SetCurrentLogProvider(new Hangfire.AspNetCore.AspNetCoreLogProvider(NullLoggerFactory.Instance));

        // The heartbeat the operations guide recommends for a failover in seconds (Preparedness:Jobs:HeartbeatSeconds=2).
        return new BackgroundJobServer(new BackgroundJobServerOptions { WorkerCount = 1, HeartbeatInterval = TimeSpan.FromSeconds(2), ServerName = "failover-test" }, storage);
    }

    private async Task<bool> InRecoveryAsync()
    {
        await using var connection = new NpgsqlConnection(standby!.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT pg_is_in_recovery()", connection);
        return (bool)(await command.ExecuteScalarAsync())!;
    }

    private async Task<List<string>> NotesOnNewPrimaryAsync(int taskId)
    {
        await using var connection = new NpgsqlConnection(standby!.ConnectionString("failover"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT note FROM task_history WHERE task_id = @id AND note LIKE 'restart-%'", connection);
        command.Parameters.AddWithValue("id", taskId);
        var notes = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            notes.Add(reader.GetString(0));
        }

        return notes;
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
        return (new Actor(user.Id, "Failover test", Roles.Administrator, null, null), (task.Id, task.GovernorateId, task.Status));
    }

    private static async Task Until(Func<bool> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!condition())
        {
            Assert.True(waited.Elapsed < RecoversWithin, $"Not within {RecoversWithin.TotalSeconds} s: {what}");
            await Task.Delay(50);
        }
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        standby?.Dispose();
    }
}

/// <summary>The job the failover test enqueues on the new primary: it only says it ran.</summary>
public static class FailoverProbe
{
    public static ConcurrentDictionary<string, bool> Ran { get; } = new();

    public static void Run(string marker) => Ran[marker] = true;
}
