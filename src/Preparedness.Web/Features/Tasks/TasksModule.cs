using Microsoft.Extensions.DependencyInjection.Extensions;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks.Library;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Tasks;

internal static class TasksModule
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.TryAddSingleton<TaskLibrary>();
        services.TryAddSingleton<StormCalendar>();
        services.AddSingleton<TaskQueries>();
        services.AddSingleton<ProgressService>();
        services.AddSingleton<TaskEditingService>();
        services.AddSingleton<BulkCreateService>();
        services.AddLiveChange<TaskChange>();
        return services;
    }
}
