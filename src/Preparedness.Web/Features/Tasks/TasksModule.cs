namespace Preparedness.Web.Features.Tasks;

internal static class TasksModule
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddSingleton<TaskQueries>();
        services.AddSingleton<ProgressService>();
        services.AddSingleton<TaskEditingService>();
        services.AddSingleton<BulkCreateService>();
        return services;
    }
}
