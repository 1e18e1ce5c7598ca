using Microsoft.Extensions.DependencyInjection.Extensions;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Features.Tasks.Library;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Tasks;

internal static class TasksModule
{
    public static IServiceCollection AddTasks(this IServiceCollection services)
    {
        services.AddOptions<ReadinessOptions>()
            .BindConfiguration(ReadinessOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<LibraryCatalog>();
        services.AddSingleton<LibraryEditing>();
        services.TryAddSingleton<StormCalendar>();
        services.AddOptions<StormOptions>()
            .BindConfiguration(StormOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        services.AddSingleton<StormDeadline>();
        services.AddSingleton<TaskQueries>();
        services.AddSingleton<ProgressService>();
        services.AddSingleton<TaskEditingService>();
        services.AddSingleton<BulkCreateService>();
        services.AddSingleton<EvidenceQueries>();
        services.AddLiveChange<TaskChange>();
        return services;
    }

    public static IEndpointRouteBuilder MapTasks(this IEndpointRouteBuilder endpoints)
    {
        // Files are served only to someone who may read the task; the stored type, never a guess.
        endpoints.MapGet("/evidence/{id:long}", async (long id, bool? thumbnail, HttpContext http, EvidenceQueries queries, CancellationToken ct) =>
            Actor.From(http.User) is { } actor && await queries.ContentAsync(actor, id, thumbnail == true, ct) is { } file
                ? Results.File(file.Bytes, file.ContentType, file.ContentType == "application/pdf" ? file.FileName : null)
                : Results.NotFound())
            .RequireAuthorization();
        return endpoints;
    }
}
