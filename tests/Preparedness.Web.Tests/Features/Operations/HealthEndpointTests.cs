using System.Diagnostics;
using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Testing.Postgres;
using Preparedness.Web.Data;

using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>
/// The app on a PostgreSQL server of its own, which the test stops and starts: the shared test server
/// must keep running for everyone else.
/// </summary>
public sealed class HealthEndpointTests : IAsyncLifetime
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private OwnServerApp app = default!;

    public async Task InitializeAsync() =>
        app = await OwnServerApp.StartAsync("health", TimeSpan.FromSeconds(20));

    [Fact]
    public async Task Ready_turns_unhealthy_when_the_database_stops_and_healthy_when_it_returns_while_live_stays_healthy()
    {
        await WaitForAsync("/health/ready", HttpStatusCode.OK, "Healthy");

        app.Postgres.StopServer();
        await WaitForAsync("/health/ready", HttpStatusCode.ServiceUnavailable, "Unhealthy");
        var live = await app.Client.GetAsync("/health/live");
        Assert.Equal(HttpStatusCode.OK, live.StatusCode);

        app.Postgres.StartServer();
        await WaitForAsync("/health/ready", HttpStatusCode.OK, "Healthy");
    }

    [Fact]
    public async Task Details_are_given_only_when_asked_and_name_each_check()
    {
        await WaitForAsync("/health/ready", HttpStatusCode.OK, "Healthy");

        var plain = await app.Client.GetStringAsync("/health/ready");
        var details = JsonDocument.Parse(await app.Client.GetStringAsync("/health/ready?details")).RootElement;

        Assert.Equal("Healthy", plain);
        Assert.Equal("Healthy", details.GetProperty("status").GetString());
        var checks = details.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order().ToList();
        Assert.Equal(["database", "live-listener"], checks);
    }

    [Fact]
    public async Task A_database_missing_migrations_is_not_ready()
    {
        var empty = await app.Postgres.CreateDatabaseAsync("unmigrated");
        var services = new ServiceCollection()
            .AddDbContextFactory<PreparednessDbContext>(o => o.UseNpgsql(empty, n => n.MigrationsHistoryTable("__ef_migrations_history")).UseSnakeCaseNamingConvention())
            .BuildServiceProvider();
        var check = new Preparedness.Web.Features.Operations.Health.DatabaseCheck(services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>());

        var result = await check.CheckHealthAsync(new());

        Assert.Equal(Microsoft.Extensions.Diagnostics.HealthChecks.HealthStatus.Unhealthy, result.Status);
        Assert.Contains("migrations not applied", result.Description, StringComparison.Ordinal);
    }

    private async Task WaitForAsync(string path, HttpStatusCode status, string body)
    {
        var waited = Stopwatch.StartNew();
        var last = "";
        while (waited.Elapsed < Patience)
        {
            try
            {
                using var response = await app.Client.GetAsync(path);
                last = $"{(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}";
                if (response.StatusCode == status && last.EndsWith(body, StringComparison.Ordinal))
                {
                    return;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }

            await Task.Delay(200);
        }

        Assert.Fail($"{path} did not answer {(int)status} {body} within {Patience.TotalSeconds} s; last: {last}");
    }

    public async Task DisposeAsync()
    {
        if (app is not null)
        {
            await app.DisposeAsync();
        }
    }
}
