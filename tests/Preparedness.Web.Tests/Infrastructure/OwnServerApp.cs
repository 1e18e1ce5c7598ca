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

    public static async Task<OwnServerApp> StartAsync(string database, TimeSpan requestTimeout, bool demoData = false)
    {
        var postgres = ThrowawayPostgres.Start();
        var connectionString = await postgres.CreateDatabaseAsync(database);
        var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder =>
        {
            builder.UseEnvironment("Development");
            builder.UseSetting("ConnectionStrings:Preparedness", connectionString);
            builder.UseSetting("Preparedness:MigrateOnStartup", "true");
            builder.UseSetting("Preparedness:SeedDemoData", demoData ? "true" : "false");
            builder.UseSetting("Preparedness:Jobs:Enabled", "false");
            builder.UseSetting("Logging:LogLevel:Default", "None");
            builder.UseSetting("Logging:LogLevel:Microsoft.EntityFrameworkCore", "None");
        });
        factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        factory.StartServer();
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
