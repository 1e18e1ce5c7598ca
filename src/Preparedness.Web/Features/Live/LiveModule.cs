using Microsoft.AspNetCore.Components.Server.Circuits;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Preparedness.Web.Features.Live;

internal static class LiveModule
{
    public static IServiceCollection AddLive(this IServiceCollection services)
    {
        services.AddMetrics();
        services.AddSingleton<LiveFeed>();
        services.AddSingleton<CoalescedFeed>();
        services.AddSingleton<LiveDeliveryMetrics>();
        services.AddSingleton<LiveListenerStatus>();
        services.AddOptions<LiveOptions>().BindConfiguration(LiveOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<LiveFiguresOptions>().BindConfiguration(LiveFiguresOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHostedService<LiveListener>();
        // After the listener, so that its first connection is under way: hosted services start in order.
        services.AddHostedService<LiveStartCheck>();
        services.AddScoped<CircuitResync>();
        services.AddScoped<CircuitHandler>(sp => sp.GetRequiredService<CircuitResync>());
        return services;
    }

    /// <summary>A feature's change type: heard on every instance and handed to the screens of its scope.</summary>
    public static IServiceCollection AddLiveChange<TChange>(this IServiceCollection services)
        where TChange : ILiveChange
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<ILiveTopic, LiveTopic<TChange>>());
        return services;
    }

    /// <summary>Work done once per instance for each heard <typeparamref name="TChange"/>; <typeparamref name="THandler"/> is a singleton.</summary>
    public static IServiceCollection AddLiveHandler<TChange, THandler>(this IServiceCollection services)
        where TChange : ILiveChange
        where THandler : class, ILiveHandler<TChange>
    {
        services.AddLiveChange<TChange>();
        services.TryAddSingleton<THandler>();
        services.AddSingleton<ILiveHandler<TChange>>(sp => sp.GetRequiredService<THandler>());
        return services;
    }
}
