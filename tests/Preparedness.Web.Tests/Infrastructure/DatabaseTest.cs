using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Preparedness.Web.Data;
using Preparedness.Web.Features;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>
/// Base for tests of the app's services against real PostgreSQL: a new database per test,
/// the app's own service registrations, and a fake clock set to a Monday morning in Cairo.
/// </summary>
public abstract class DatabaseTest : IAsyncLifetime
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    private ServiceProvider? services;

    protected FakeTimeProvider Clock { get; } = new(Now);

    protected string ConnectionString { get; private set; } = "";

    internal TestWorld World { get; private set; } = default!;

    internal T Get<T>() where T : notnull => services!.GetRequiredService<T>();

    internal PreparednessDbContext Db() => Get<IDbContextFactory<PreparednessDbContext>>().CreateDbContext();

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await TestDatabases.CreateMigratedAsync();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Preparedness"] = ConnectionString,

                // Hangfire keeps static state: only the AppHost runs a job server; these tests call jobs directly.
                ["Preparedness:Jobs:Enabled"] = "false",
            })
            .Build();
        var collection = new ServiceCollection()
            .AddLogging()
            .AddSingleton<TimeProvider>(Clock)
            .AddSingleton<IConfiguration>(configuration)
            .AddPreparedness(configuration);
        ConfigureServices(collection);
        services = collection.BuildServiceProvider(validateScopes: true);
        if (CreatesWorld)
        {
            World = await TestWorld.CreateAsync(Get<IDbContextFactory<PreparednessDbContext>>(), Clock);
        }
    }

    /// <summary>False for a test of a new installation: the database is migrated and otherwise empty.</summary>
    protected virtual bool CreatesWorld => true;

    /// <summary>A test class's own settings or stand-ins, after the app's registrations.</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    public virtual async Task DisposeAsync()
    {
        if (services is not null)
        {
            await services.DisposeAsync();
        }

        // Each test has its own database, so its pooled connections would sit idle until pruned and,
        // across hundreds of tests, exhaust the server's connection slots.
        if (ConnectionString.Length > 0)
        {
            await using var connection = new Npgsql.NpgsqlConnection(ConnectionString);
            Npgsql.NpgsqlConnection.ClearPool(connection);
        }
    }
}
