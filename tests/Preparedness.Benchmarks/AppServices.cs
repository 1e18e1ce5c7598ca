using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Preparedness.Web.Data;
using Preparedness.Web.Features;

namespace Preparedness.Benchmarks;

/// <summary>The app's own registrations, as Program.cs makes them, minus the web host.</summary>
internal static class AppServices
{
    public static ServiceProvider Build(string connectionString, IInterceptor? interceptor = null, TimeProvider? clock = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(
            [
                new("ConnectionStrings:Preparedness", connectionString),

                // Reminders write their email deliveries as in production; no job server runs to send them.
                new("Preparedness:Jobs:Enabled", "false"),
                new("Preparedness:Email:Host", "127.0.0.1"),
            ])
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddLogging(logging =>
        {
            // BENCH_SQL=1: print each statement the app runs with its duration, to see where a figure goes.
            if (Environment.GetEnvironmentVariable("BENCH_SQL") == "1")
            {
                logging.AddSimpleConsole(o => o.SingleLine = true)
                    .AddFilter("Microsoft.EntityFrameworkCore.Database.Command", LogLevel.Information)
                    .AddFilter("Microsoft", LogLevel.Warning);
            }
        });
        services.AddSingleton(clock ?? TimeProvider.System);
        services.AddPreparedness(configuration);
        if (interceptor is not null)
        {
            services.ConfigureDbContext<PreparednessDbContext>(options => options.AddInterceptors(interceptor));
        }

        return services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true });
    }
}
