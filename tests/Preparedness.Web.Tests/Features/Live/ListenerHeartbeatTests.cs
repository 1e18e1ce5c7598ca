using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Preparedness.Testing.Postgres;
using Preparedness.Web.Features;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Live;

/// <summary>
/// The listener proves it hears: its own heartbeat, sent every <see cref="Heartbeat"/>, must arrive within
/// <see cref="Bound"/>. Each test runs the app on a PostgreSQL of its own and waits for events, not for time.
/// </summary>
public sealed class ListenerHeartbeatTests : IAsyncLifetime
{
    private const string Heartbeat = "0.2";
    private const double Bound = 3;
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private readonly LogCapture logs = new();
    private OwnServerApp? app;
    private PgBouncer? bouncer;

    [Fact]
    public async Task A_terminated_listener_connection_is_detected_within_the_bound_is_unhealthy_until_it_is_back_and_screens_re_read()
    {
        LoginRole? listener = null;
        app = await StartAsync(async (postgres, connectionString) =>
        {
            // A login of its own for the listener, so that the test can keep it out while the app saves on.
            listener = await postgres.CreateLoginRoleAsync("live_listener");
            var listen = new NpgsqlConnectionStringBuilder(connectionString) { Username = listener.Name, Password = listener.Password }.ConnectionString;
            return Settings(("ConnectionStrings:PreparednessListen", listen));
        });
        var status = app.Services.GetRequiredService<LiveListenerStatus>();
        var changes = Watch(status);
        var resyncs = new ConcurrentQueue<TimeSpan>();
        var clock = Stopwatch.StartNew();
        using var screen = app.Services.GetRequiredService<LiveFeed>().Subscribe<string>("probe", _ => Task.CompletedTask, () => { resyncs.Enqueue(clock.Elapsed); return Task.CompletedTask; });
        await ReadyAsync("Healthy");

        await SuperuserAsync($"ALTER ROLE {listener!.Name} NOLOGIN");
        var terminated = clock.Elapsed;
        await SuperuserAsync($"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE usename = '{listener.Name}'");

        var detected = await WhenAsync(changes, listening: false);
        Assert.True(detected - terminated <= TimeSpan.FromSeconds(Bound), $"detected {(detected - terminated).TotalSeconds:0.0} s after the termination");
        await ReadyAsync("Unhealthy");
        Assert.Empty(resyncs);

        await SuperuserAsync($"ALTER ROLE {listener.Name} LOGIN");
        await WhenAsync(changes, listening: true);
        await ReadyAsync("Healthy");
        await Until(() => !resyncs.IsEmpty, "the open screen was asked to re-read");
        Assert.Contains(logs.Warnings, w => w.Contains("lost the LISTEN connection", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_listen_connection_through_pgbouncer_in_transaction_mode_stops_the_app_at_start()
    {
        using var postgres = ThrowawayPostgres.Start();
        var connectionString = await postgres.CreateDatabaseAsync("refusal");
        var settings = await ThroughPgBouncerAsync()(postgres, connectionString);
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>(settings.Select(s => KeyValuePair.Create(s.Key, (string?)s.Value)))
        {
            ["ConnectionStrings:Preparedness"] = connectionString,
            ["Preparedness:Jobs:Enabled"] = "false",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddPreparedness(builder.Configuration);
        await using var refused = builder.Build();

        var refusal = await Assert.ThrowsAsync<InvalidOperationException>(() => refused.StartAsync());

        Assert.Contains("does not support LISTEN", refusal.Message, StringComparison.Ordinal);
        Assert.Contains("RefuseStartWithoutDelivery=false", refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Allowed_to_start_behind_pgbouncer_in_transaction_mode_it_logs_is_unhealthy_and_recovers_when_the_pool_is_fixed()
    {
        app = await StartAsync(ThroughPgBouncerAsync(("Preparedness:Live:RefuseStartWithoutDelivery", "false")));
        var status = app.Services.GetRequiredService<LiveListenerStatus>();
        var changes = Watch(status);
        var resyncs = new ConcurrentQueue<string>();
        using var screen = app.Services.GetRequiredService<LiveFeed>().Subscribe<string>("probe", _ => Task.CompletedTask, () => { resyncs.Enqueue("re-read"); return Task.CompletedTask; });

        Assert.False(status.IsListening);
        await ReadyAsync("Unhealthy");
        await Until(() => logs.Warnings.Any(w => w.StartsWith("Critical", StringComparison.Ordinal) && w.Contains("does not support LISTEN", StringComparison.Ordinal)), "a critical log at start");
        await Until(() => logs.Warnings.Any(w => w.StartsWith("Error", StringComparison.Ordinal) && w.Contains("No heartbeat heard", StringComparison.Ordinal)), "an error each time the heartbeat is missed");

        // The operator puts the pool in session mode: the listener's next connection hears, and screens re-read.
        bouncer!.Reload("session");
        await WhenAsync(changes, listening: true);
        await ReadyAsync("Healthy");
        await Until(() => !resyncs.IsEmpty, "the open screen was asked to re-read");
    }

    private Func<ThrowawayPostgres, string, Task<IReadOnlyDictionary<string, string>>> ThroughPgBouncerAsync(params (string, string)[] more) =>
        async (postgres, connectionString) =>
        {
            bouncer = await PgBouncer.StartAsync(postgres.Port!.Value, "transaction");
            var listen = new NpgsqlConnectionStringBuilder(connectionString) { Port = bouncer.Port}.ConnectionString;
            return Settings([("ConnectionStrings:PreparednessListen", listen), .. more]);
        };

    private async Task<OwnServerApp> StartAsync(Func<ThrowawayPostgres, string, Task<IReadOnlyDictionary<string, string>>> prepare)
    {
        // From the start: what the listener logs while the app starts is part of what is checked.
        return await OwnServerApp.StartAsync("heartbeat", TimeSpan.FromSeconds(20), prepare: prepare, configure: b => b.ConfigureLogging(l => l.AddProvider(logs)));
    }

    private static Dictionary<string, string> Settings(params (string Key, string Value)[] more) =>
        new[]
        {
            ("Preparedness:Live:HeartbeatSeconds", Heartbeat),
            ("Preparedness:Live:MissedAfterSeconds", Bound.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("Logging:LogLevel:Preparedness.Web.Features.Live", "Warning"),
        }.Concat(more).ToDictionary(s => s.Item1, s => s.Item2);

    /// <summary>Every change of the listener's state, with when it happened.</summary>
    private static ConcurrentQueue<(bool Listening, TimeSpan At)> Watch(LiveListenerStatus status)
    {
        var clock = Stopwatch.StartNew();
        var changes = new ConcurrentQueue<(bool, TimeSpan)>();
        status.Changed += () => changes.Enqueue((status.IsListening, clock.Elapsed));
        return changes;
    }

    private static async Task<TimeSpan> WhenAsync(ConcurrentQueue<(bool Listening, TimeSpan At)> changes, bool listening)
    {
        await Until(() => changes.Any(c => c.Listening == listening), listening ? "listening again" : "the loss noticed");
        return changes.Last(c => c.Listening == listening).At;
    }

    private async Task SuperuserAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(app!.Postgres.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }

    private async Task ReadyAsync(string expected)
    {
        var last = "";
        await Until(
            async () =>
            {
                var response = await app!.Client.GetAsync("/health/ready");
                last = await response.Content.ReadAsStringAsync();
                return last == expected && (response.StatusCode == HttpStatusCode.OK) == (expected == "Healthy");
            },
            $"/health/ready {expected}");
    }

    private static Task Until(Func<bool> condition, string what) => Until(() => Task.FromResult(condition()), what);

    private static async Task Until(Func<Task<bool>> condition, string what)
    {
        var waited = Stopwatch.StartNew();
        while (!await condition())
        {
            Assert.True(waited.Elapsed < Patience, $"Not within {Patience.TotalSeconds} s: {what}");
            await Task.Delay(50);
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }

        bouncer?.Dispose();
    }
}
