namespace Preparedness.Web.Features.Dashboard;

internal static class DashboardModule
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddOptions<ReadinessOptions>()
            .BindConfiguration(ReadinessOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<DashboardService>();
        return services;
    }
}
