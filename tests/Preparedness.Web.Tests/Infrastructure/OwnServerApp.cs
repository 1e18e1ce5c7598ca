using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Testing.Postgres;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// The app, listening on loopback, on a PostgreSQL server of its own that a test may stop and start: the
/// shared test server must keep running for everyone else. Migrated at start; no job server (Hangfire keeps
/// static state, so only the <see cref="AppHost"/> runs one in this process).
/// </summary>
internal sealed class OwnServerApp : IAsyncDisposable
{
    private OwnServerApp(ThrowawayPostgres postgres, WebApplicationFactory<Program> factory, HttpClient client) =>
        (Postgres, Factory, Client) = (postgres, factory, client);

    public ThrowawayPostgres Postgres { get; }

    public WebApplicationFactory<Program> Factory { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => Factory.Services;

    /// <param name="prepare">
    /// Given the server and the new database's connection string, readies what the test puts around it (a
    /// standby, a pooler) and returns settings that override the defaults (e.g. other connection strings).
    /// </param>
    public static async Task<OwnServerApp> StartAsync(
        string database,
        TimeSpan requestTimeout,
        bool demoData = false,
        Func<ThrowawayPostgres, string, Task<IReadOnlyDictionary<string, string>>>? prepare = null,
        Action<IWebHostBuilder>? configure = null)
    {
        var postgres = ThrowawayPostgres.Start();
        try
        {
            return await StartAsync(postgres, database, requestTimeout, demoData, prepare, configure);
        }
        catch
        {
            postgres.Dispose();
            throw;
        }
    }

    private static async Task<OwnServerApp> StartAsync(
        ThrowawayPostgres postgres,
        string database,
        TimeSpan requestTimeout,
        bool demoData,
        Func<ThrowawayPostgres, string, Task<IReadOnlyDictionary<string, string>>>? prepare,
        Action<IWebHostBuilder>? configure)
    {
        var connectionString = await postgres.CreateDatabaseAsync(database);
        var settings = prepare is null ? new Dictionary<string, string>() : await prepare(postgres, connectionString);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Preparedness", connectionString);
            builder.UseSetting("Preparedness:MigrateOnStartup", "true");
            builder.UseSetting("Preparedness:SeedDemoData", demoData ? "true" : "false");
            builder.UseSetting("Preparedness:Jobs:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "None");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
            foreach (var (key, value) in settings)
            {
                builder.UseSetting(key, value);
            }

            configure?.Invoke(builder);
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        try
        {
            factory.StartServer();
        }
        catch
        {
            await factory.DisposeAsync();
            throw;
        }

        var address = factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new OwnServerApp(postgres, factory, new HttpClient { BaseAddress = new Uri(address), Timeout = requestTimeout });
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        Postgres.Dispose();
    }
}
