using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Localization;

internal static class LocalizationModule
{
    public static IServiceCollection AddPreparednessLocalization(this IServiceCollection services)
    {
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(options =>
        {
            options.SetDefaultCulture(Cultures.Default)
                .AddSupportedCultures(Cultures.Supported)
                .AddSupportedUICultures(Cultures.Supported);

            // Only the cookie decides: the browser's Accept-Language must not flip an Arabic-first app.
            options.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });

        // Without this every Arabic letter is written to the HTML as &#x...; escapes.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        return services;
    }

    public static IEndpointRouteBuilder MapCultureSwitch(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/culture/{culture}", async (
            string culture,
            string? returnUrl,
            HttpContext http,
            UserManager<ApplicationUser> users) =>
        {
            culture = Cultures.Normalize(culture);
            WriteCookie(http, culture);
            if (http.User.Identity?.IsAuthenticated == true && await users.GetUserAsync(http.User) is { } user)
            {
                user.PreferredCulture = culture;
                await users.UpdateAsync(user);
            }

            return Results.LocalRedirect(ReturnUrls.SafeOrHome(returnUrl));
        });
        return endpoints;
    }

    public static void WriteCookie(HttpContext http, string culture) =>
        http.Response.Cookies.Append(
            CookieRequestCultureProvider.DefaultCookieName,
            CookieRequestCultureProvider.MakeCookieValue(new RequestCulture(culture)),
            new CookieOptions { MaxAge = TimeSpan.FromDays(365), IsEssential = true, SameSite = SameSiteMode.Lax });
}
