using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Web.Features.Health;

internal static class HealthModule
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRecurringJob<StaleBloodStockJob>(StaleBloodStockJob.Name, p => p.GetRequiredService<IOptions<HealthOptions>>().Value.StaleRemindersCron);
        return services
            .AddSingleton<HealthRules>()
            .AddSingleton<HealthQueries>()
            .AddSingleton<HealthHistory>()
            .AddSingleton<FacilityService>()
            .AddSingleton<HospitalRegistry>()
            .AddSingleton<BloodStockService>()
            .AddLiveChange<HealthChange>();
    }
}
