namespace Preparedness.Web.Features.Governorates;

internal static class GovernoratesModule
{
    public static IServiceCollection AddGovernorates(this IServiceCollection services) =>
        services.AddSingleton<GovernorateDirectory>();
}
