using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Meetings.Pages;
using Preparedness.Web.Features.Tasks.Pages;

namespace Preparedness.Web.Features.Meetings;

internal static class MeetingsModule
{
    public static IServiceCollection AddMeetings(this IServiceCollection services) =>
        services
            .AddSingleton<MeetingService>()
            .AddSingleton<DirectiveService>()
            .AddSingleton<MeetingQueries>()
            .AddLiveChange<MeetingChange>()
            .AddTaskPanel<DirectiveOrigin>(TaskPanelSlot.Side, 5, c =>
                new Dictionary<string, object?> { [nameof(DirectiveOrigin.TaskId)] = c.Task.Id, [nameof(DirectiveOrigin.Actor)] = c.Actor });
}
