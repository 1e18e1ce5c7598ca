using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Health;

internal static class HealthModule
{
    public static IServiceCollection AddHealth(this IServiceCollection services)
    {
        services.AddOptions<HealthOptions>().BindConfiguration(HealthOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        return services
            .AddSingleton<HealthRules>()
            .AddSingleton<HealthQueries>()
            .AddSingleton<HealthHistory>()
            .AddSingleton<FacilityService>()
            .AddSingleton<BloodStockService>()
            .AddLiveChange<HealthChange>();
    }
}
