using MudBlazor;
using MudBlazor.Services;

namespace Preparedness.Web.Components;

internal static class UserInterfaceModule
{
    public static IServiceCollection AddUserInterface(this IServiceCollection services)
    {
        services.AddRazorComponents().AddInteractiveServerComponents();
        services.AddMudServices(config =>
        {
            config.SnackbarConfiguration.PositionClass = Defaults.Classes.Position.BottomCenter;
            config.SnackbarConfiguration.PreventDuplicates = true;
        });
        services.AddTransient<MudLocalizer, ResourceMudLocalizer>();
        return services;
    }

    public static WebApplication UseUserInterface(this WebApplication app)
    {
        // A friendly page with a reference id everywhere; the log keeps the detail.
        app.UseExceptionHandler("/error", createScopeForErrors: true);
        app.UseStatusCodePagesWithReExecute("/not-found", createScopeForStatusCodePages: true);
        app.UseRequestLocalization();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseAntiforgery();
        return app;
    }

    public static WebApplication MapUserInterface(this WebApplication app)
    {
        app.MapStaticAssets();
        // Per-message deflate on the circuit's WebSocket stays on (README, decision 33): a page change is ~3x smaller on
        // a slow network. Compression beside attacker-chosen text is what CRIME/BREACH exploit, through many framed
        // tries: no page of the app may be framed, here as in SecurityHeaders.
        app.MapRazorComponents<App>().AddInteractiveServerRenderMode(o =>
        {
            o.DisableWebSocketCompression = false;
            o.ContentSecurityFrameAncestorsPolicy = "'none'";
        });
        return app;
    }
}
