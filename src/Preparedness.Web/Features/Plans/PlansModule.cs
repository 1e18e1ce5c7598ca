namespace Preparedness.Web.Features.Plans;

internal static class PlansModule
{
    public static IServiceCollection AddPlans(this IServiceCollection services) =>
        services.AddSingleton<PlanDirectory>();
}
