using Preparedness.Web.Features.DemoData;

namespace Preparedness.Web.Data;

internal static class DatabaseStartup
{
    /// <summary>
    /// The run script asks for migrations and demo data through configuration
    /// (Preparedness:MigrateOnStartup, Preparedness:SeedDemoData); production migrates with the "migrate" command.
    /// </summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        if (app.Configuration.GetValue<bool>("Preparedness:MigrateOnStartup"))
        {
            await app.Services.MigrateDatabaseAsync();
        }

        await app.Services.GetRequiredService<DatabaseRoleCheck>().WarnAsync();

        if (app.Configuration.GetValue<bool>("Preparedness:SeedDemoData"))
        {
            await using var scope = app.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
            app.Lifetime.ApplicationStarted.Register(() =>
                Console.WriteLine($"{Environment.NewLine}Preparedness is running at {string.Join(", ", app.Urls)}{Environment.NewLine}{DemoAccounts.DescribeAccounts()}"));
        }
    }
}
