using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Resources.Pages;
using Preparedness.Web.Features.Tasks.Pages;

namespace Preparedness.Web.Features.Resources;

internal static class ResourcesModule
{
    public static IServiceCollection AddResources(this IServiceCollection services)
    {
        services.AddOptions<ResourcesOptions>().BindConfiguration(ResourcesOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton<ResourceQueries>();
        services.AddSingleton<StockService>();
        services.AddSingleton<MinimumService>();
        services.AddSingleton<GapTaskService>();
        services.AddSingleton<ResourceTypeService>();
        services.AddLiveHandler<ResourceChange, ResourceFiguresUpdates>();
        services.AddRecurringJob<StaleResourcesJob>(StaleResourcesJob.Name, p => p.GetRequiredService<IOptions<ResourcesOptions>>().Value.StaleRemindersCron);
        services.AddRecurringJob<GapEscalationJob>(GapEscalationJob.Name, p => p.GetRequiredService<IOptions<ResourcesOptions>>().Value.GapEscalationCron);
        services.AddTaskPanel<TaskGapPanel>(TaskPanelSlot.Side, 6, c =>
            new Dictionary<string, object?> { [nameof(TaskGapPanel.TaskId)] = c.Task.Id, [nameof(TaskGapPanel.Actor)] = c.Actor });
        return services;
    }
}
