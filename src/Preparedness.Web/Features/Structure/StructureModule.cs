namespace Preparedness.Web.Features.Structure;

internal static class StructureModule
{
    public static IServiceCollection AddStructure(this IServiceCollection services) =>
        services
            .AddSingleton<GovernorateAdministration>()
            .AddSingleton<UnitAdministration>()
            .AddSingleton<OrganisationAdministration>()
            .AddSingleton<StructureQueries>();
}
