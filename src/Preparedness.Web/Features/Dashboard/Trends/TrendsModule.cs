using Hangfire;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders.Digest;
using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Web.Features.Dashboard.Trends;

internal static class TrendsModule
{
    /// <summary>Written late in the Cairo evening, so a day's snapshot is how the day ended (as the backfill reads past days).</summary>
    public const string SnapshotCron = "50 23 * * *";

    public static IServiceCollection AddTrends(this IServiceCollection services)
    {
        services.AddSingleton<ForecastReader>();
        services.AddSingleton<TrendService>();
        services.AddSingleton<IDigestForecast, DigestForecastFromTrends>();
        services.AddTransient<WriteSnapshotsJob>();
        services.AddHostedService<SnapshotBackfillService>();
        return services;
    }

    /// <summary>The daily snapshot job, by name, when this host runs jobs.</summary>
    public static WebApplication MapTrends(this WebApplication app)
    {
        if (app.Configuration.GetSection(JobOptions.Section).Get<JobOptions>()?.Enabled ?? true)
        {
            app.Services.GetRequiredService<IRecurringJobManager>().AddOrUpdate<WriteSnapshotsJob>(
                "readiness-snapshots", job => job.ExecuteAsync(CancellationToken.None), SnapshotCron, new RecurringJobOptions { TimeZone = CairoTime.Zone });
        }

        return app;
    }
}
