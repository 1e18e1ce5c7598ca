using Microsoft.Extensions.DependencyInjection.Extensions;
using Preparedness.Web.Features.Tasks.Library;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.DemoData;

internal static class DemoDataModule
{
    public static IServiceCollection AddDemoData(this IServiceCollection services)
    {
        // TryAdd: the task library is also what plan pages fill plans from, so another module may register it first.
        services.TryAddSingleton<TaskLibrary>();
        services.TryAddSingleton<StormCalendar>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<DemoAgreements>();
        services.AddScoped<DemoDataSeeder>();
        return services;
    }
}
