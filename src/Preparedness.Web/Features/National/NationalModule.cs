using Hangfire;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.National;

internal static class NationalModule
{
    public static IServiceCollection AddNational(this IServiceCollection services)
    {
        services.AddOptions<NationalOptions>().BindConfiguration(NationalOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<NationalService>();
        services.AddSingleton<TallyRepairJob>();
        services.AddLiveHandler<TaskChange, NationalUpdates>();
        return services;
    }

    /// <summary>The nightly repair of the tallies, where this host runs jobs.</summary>
    public static WebApplication MapNational(this WebApplication app)
    {
        if (app.Services.GetService<IRecurringJobManager>() is { } recurring)
        {
            var cron = app.Services.GetRequiredService<IOptions<NationalOptions>>().Value.TallyRepairCron;
            recurring.AddOrUpdate<TallyRepairJob>(TallyRepairJob.Name, job => job.ExecuteAsync(CancellationToken.None), cron, new RecurringJobOptions { TimeZone = CairoTime.Zone });
        }

        return app;
    }
}
