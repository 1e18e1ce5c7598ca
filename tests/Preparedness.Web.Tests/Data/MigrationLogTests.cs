using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Preparedness.Web.Data;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Data;

public sealed class MigrationLogTests
{
    [Fact]
    public async Task Migrating_a_new_database_logs_no_error_or_warning()
    {
        var connectionString = await TestPostgres.Instance.CreateUniqueDatabaseAsync("fresh");
        var log = new LogCapture();
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["ConnectionStrings:Preparedness"] = connectionString })
            .Build();
        await using var services = new ServiceCollection()
            .AddLogging(b => b.AddProvider(log))
            .AddData(configuration)
            .BuildServiceProvider();

        await services.MigrateDatabaseAsync();
        await services.MigrateDatabaseAsync();

        Assert.Empty(log.Warnings);
    }
}
