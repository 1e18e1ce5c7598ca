using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Meetings;

internal static class MeetingsModule
{
    public static IServiceCollection AddMeetings(this IServiceCollection services) =>
        services
            .AddSingleton<MeetingService>()
            .AddSingleton<DirectiveService>()
            .AddSingleton<MeetingQueries>()
            .AddLiveChange<MeetingChange>();
}
