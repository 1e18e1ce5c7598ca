using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Accounts.Lockout;
using Preparedness.Web.Features.Accounts.Mail;
using Preparedness.Web.Features.Accounts.Passwords;
using Preparedness.Web.Features.Accounts.Sessions;
using Preparedness.Web.Features.Accounts.SignIn;
using Preparedness.Web.Features.Accounts.TwoFactor;

namespace Preparedness.Web.Features.Accounts;

internal static class AccountsModule
{
    public static IServiceCollection AddAccounts(this IServiceCollection services)
    {
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.Section);
        services.AddDataProtection()
            .SetApplicationName("Preparedness")
            .PersistKeysToDbContext<PreparednessDbContext>();
        services.AddCascadingAuthenticationState();
        services.AddScoped<AuthenticationStateProvider, RevalidatingIdentityStateProvider>();
        services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
        AddAuthorization(services);
        services.AddExceptionHandler<AccessDeniedHandler>();
        services.AddIdentityCore<ApplicationUser>(options =>
            {
                options.User.RequireUniqueEmail = true;
                options.Password.RequiredLength = 10;
                options.Password.RequireNonAlphanumeric = false;
                // Wrong passwords lock one address out of one name (Lockout/SignInLocks), never the whole account;
                // Identity's own lockout is left to wrong second-factor codes, which need the password first.
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddRoles<IdentityRole>()
            .AddEntityFrameworkStores<PreparednessDbContext>()
            .AddSignInManager<PreparednessSignInManager>()
            .AddPasswordValidator<CommonPasswordValidator>()
            .AddDefaultTokenProviders()
            .AddClaimsPrincipalFactory<PreparednessClaimsFactory>();
        services.AddScoped<ISecurityStampValidator, HubStampValidator>();

        // A set-password link given to a new user stays valid for three days (or until used).
        services.Configure<DataProtectionTokenProviderOptions>(o => o.TokenLifespan = TimeSpan.FromDays(3));

        // Requests carrying a cookie are checked against the account as often as open screens are.
        services.AddOptions<SecurityStampValidatorOptions>()
            .Configure<IOptions<SecurityOptions>>((o, security) =>
            {
                o.ValidationInterval = security.Value.RevalidationInterval;

                // A cookie re-issued after the stamp check keeps naming the session it belongs to.
                o.OnRefreshingPrincipal = context =>
                {
                    if (context.CurrentPrincipal?.FindFirst(SessionStore.Claim) is { } session && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity)
                    {
                        identity.AddClaim(new System.Security.Claims.Claim(SessionStore.Claim, session.Value));
                    }

                    return Task.CompletedTask;
                };
            });
        services.AddSingleton<SessionStore>();
        services.ConfigureApplicationCookie(options =>
        {
            options.LoginPath = "/account/login";
            options.LogoutPath = "/account/logout";
            options.AccessDeniedPath = "/account/login";
            options.Cookie.Name = "preparedness.auth";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromHours(12);
            options.SlidingExpiration = true;

            // Programs (hub clients, job dashboards) get status codes; only people get sent to the sign-in page.
            options.Events.OnRedirectToLogin = context => RedirectPeopleOnly(context, StatusCodes.Status401Unauthorized);
            options.Events.OnRedirectToAccessDenied = context => RedirectPeopleOnly(context, StatusCodes.Status403Forbidden);
        });
        services.AddRateLimiter(SignInRateLimit.Configure);
        services.AddSingleton<SignInAudit>();
        services.AddScoped<PasswordSetting>();
        services.AddScoped<PasswordSignIn>();
        services.AddSingleton<SignInLocks>();
        services.AddSingleton<SignInThrottles>();
        services.AddOptions<AccountMailOptions>().BindConfiguration(AccountMailOptions.Section);
        services.AddSingleton<AccountMailer>();
        services.AddSingleton<AccountNotices>();
        services.AddSingleton<AccountUnlock>();
        services.AddScoped<AuthenticatorSetup>();
        services.AddSingleton<IAccountLinkSender, ShowLinkOnScreen>();
        services.AddSingleton<AccountAdministration>();
        services.AddSingleton<AccountQueries>();
        return services;
    }

    /// <summary>Every [Authorize] page, the hub and the export also require the second factor where the role must have one.</summary>
    private static void AddAuthorization(IServiceCollection services)
    {
        services.AddSingleton<TwoFactorRule>();
        services.AddSingleton<IAuthorizationHandler>(sp => sp.GetRequiredService<TwoFactorRule>());
        services.AddSingleton<IAuthorizationMiddlewareResultHandler, TwoFactorRedirect>();
        services.AddAuthorizationBuilder()
            .SetDefaultPolicy(new AuthorizationPolicyBuilder()
                .RequireAuthenticatedUser()
                .AddRequirements(new TwoFactorRule.Requirement())
                .Build())
            .AddPermissionPolicies();
    }

    private static Task RedirectPeopleOnly(RedirectContext<CookieAuthenticationOptions> context, int status)
    {
        if (context.Request.Path.StartsWithSegments(HubStampValidator.HubsPath))
        {
            // A bare status for a program, not the friendly "not found" page re-executed in its place.
            context.HttpContext.Features.Get<IStatusCodePagesFeature>()?.Enabled = false;
            context.Response.StatusCode = status;
        }
        else
        {
            context.Response.Redirect(context.RedirectUri);
        }

        return Task.CompletedTask;
    }

    /// <summary>After authentication and request localization: the refusal page is in the user's language.</summary>
    public static WebApplication UseAccounts(this WebApplication app)
    {
        // Every request's user carries the address it came from (after trusted proxies), so an actor
        // built from it — on a page, in an interactive circuit (whose user is its connection's), on the
        // hub — says where a change came from in the audit trail. Never written into the cookie.
        app.Use((http, next) =>
        {
            if (http.Connection.RemoteIpAddress is { } address)
            {
                http.User.AddIdentity(new System.Security.Claims.ClaimsIdentity([new(Actor.AddressClaim, address.ToString())]));
            }

            return next(http);
        });
        app.UseRateLimiter();
        return app;
    }

    public static IEndpointRouteBuilder MapAccounts(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/account/logout", async (HttpContext http, IAntiforgery antiforgery, SignInManager<ApplicationUser> signIn, UserManager<ApplicationUser> users, SignInAudit audit, SessionStore sessions) =>
        {
            // A page of another site must not be able to sign a user out.
            if (!await antiforgery.IsRequestValidAsync(http))
            {
                return Results.BadRequest();
            }

            if (http.User.Identity?.IsAuthenticated == true)
            {
                var user = await users.GetUserAsync(http.User);
                await audit.RecordAsync(http, AccountActions.SignOut, user, user?.UserName ?? http.User.Identity.Name ?? "");

                // Ends the session on the server: a copy of this cookie is refused from now on, on every instance.
                await sessions.RevokeAsync(http.User);
            }

            await signIn.SignOutAsync();
            return Results.LocalRedirect("/account/login");
        }).DisableAntiforgery();
        return endpoints;
    }
}
