using System.Text.Json.Serialization;
using Preparedness.Web.Features.Dashboard.Board;
using Preparedness.Web.Features.Dashboard.Trends;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Reminders.Digest;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;

namespace Preparedness.Web.Features.Dashboard;

internal static class DashboardModule
{
    public static IServiceCollection AddDashboard(this IServiceCollection services)
    {
        services.AddSingleton<DashboardService>();
        services.AddSingleton<LastSeasonReadiness>();
        services.AddSingleton<IDigestReadiness, DigestReadinessFromDashboard>();
        services.AddSingleton<BoardWatchers>();
        services.AddLiveHandler<TaskChange, ReadinessUpdates>();
        services.AddLiveHandler<ConcernChange, ReadinessUpdates>();
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddTrends();
        services.AddSingleton<HubSessions>();
        services.AddSingleton<HubSessionRevalidator>();
        services.AddHostedService(sp => sp.GetRequiredService<HubSessionRevalidator>());
        return services;
    }

    public static IEndpointRouteBuilder MapDashboard(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<ReadinessHub>(ReadinessHub.Path);
        return endpoints;
    }
}
