using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real port (Kestrel), on its own migrated database with the demo data loaded:
/// what a browser or an HTTP client talks to in the end-to-end tests.
/// </summary>
public sealed class AppHost : IAsyncLifetime
{
    private WebApplicationFactory<Program>? factory;

    public Uri BaseAddress { get; private set; } = default!;

    public IServiceProvider Services => factory!.Services;

    public string ConnectionString { get; private set; } = "";

    public Task InitializeAsync() => StartAsync(null);

    /// <summary>Midnight on 1 January, Cairo time: a valid schedule no test run meets.</summary>
    public const string NeverDuringTests = "0 0 1 1 *";

    public static readonly string[] StaleAndGapCrons =
        ["Preparedness:Resources:StaleRemindersCron", "Preparedness:Resources:GapEscalationCron", "Preparedness:Health:StaleRemindersCron"];

    /// <summary>
    /// Another instance of the app on the same database, as behind a load balancer; it runs no background
    /// jobs. <paramref name="settings"/> override configuration for this instance only.
    /// </summary>
    public static async Task<AppHost> StartSecondInstanceAsync(AppHost first, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var second = new AppHost();
        await second.StartAsync(first.ConnectionString, settings);
        return second;
    }

    private async Task StartAsync(string? sharedDatabase, IReadOnlyDictionary<string, string?>? settings = null)
    {
        ConnectionString = sharedDatabase ?? await TestDatabases.CreateMigratedAsync("app");
        factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Preparedness", ConnectionString);
            builder.UseSetting("Preparedness:SeedDemoData", sharedDatabase is null ? "true" : "false");
            builder.UseSetting("Preparedness:Jobs:Enabled", sharedDatabase is null ? "true" : "false");
            builder.UseSetting("Logging:LogLevel:Default", "Warning");

            // The stale and gap reminders run by schedule in production; here their jobs are called by the tests that
            // need them, so a scheduled run cannot drop notifications into another test's bell halfway through it.
            foreach (var key in StaleAndGapCrons)
            {
                builder.UseSetting(key, NeverDuringTests);
            }


            // Every test signs in from 127.0.0.1: the per-address limit is tested on a host of its own.
            builder.UseSetting("Preparedness:Security:SignInAttemptsPerMinute", "100000");
            foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
            {
                builder.UseSetting(key, value);
            }
        });
        factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        factory.StartServer();
        var addresses = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!;
        BaseAddress = new Uri(addresses.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
    }

    /// <summary>A client that keeps cookies and does not follow redirects, so tests see where they point.</summary>
    public HttpClient CreateClient() =>
        new(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new() }) { BaseAddress = BaseAddress };

    public async Task DisposeAsync()
    {
        if (factory is not null)
        {
            await factory.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class AppCollection : ICollectionFixture<AppHost>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "App";
}
