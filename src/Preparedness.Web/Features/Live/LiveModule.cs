using System.Text.Json.Serialization;
using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Preparedness.Web.Features.Live;

internal static class LiveModule
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddSignalR().AddJsonProtocol(o => o.PayloadSerializerOptions.Converters.Add(new JsonStringEnumConverter()));
        services.AddSingleton<ReadinessFeed>();
        services.AddHostedService<LiveListener>();
        services.AddSingleton<HubSessions>();
        services.AddSingleton<HubSessionRevalidator>();
        services.AddHostedService(sp => sp.GetRequiredService<HubSessionRevalidator>());
        services.AddScoped<CircuitResync>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CircuitResync>());
        return services;
    }

    public static IEndpointRouteBuilder MapLive(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapHub<ReadinessHub>(ReadinessHub.Path);
        return endpoints;
    }
}
