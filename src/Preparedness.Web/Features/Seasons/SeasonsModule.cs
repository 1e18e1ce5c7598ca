namespace Preparedness.Web.Features.Seasons;

internal static class SeasonsModule
{
    public static IServiceCollection AddSeasons(this IServiceCollection services) =>
        services
            .AddSingleton<SeasonTaskFactory>()
            .AddSingleton<SeasonOpening>()
            .AddSingleton<SeasonCarryOver>()
            .AddSingleton<SeasonClosing>()
            .AddSingleton<SeasonQueries>();
}
