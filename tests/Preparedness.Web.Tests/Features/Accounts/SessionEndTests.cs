using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Sessions;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

/// <summary>Signing out ends the session on the server, not only in the browser that signed out.</summary>
[Collection(AppCollection.Name)]
public sealed class SessionEndTests(AppHost app)
{
    [Fact]
    public async Task A_cookie_copied_before_signing_out_is_refused_after_it_here_and_on_a_restarted_instance()
    {
        var cookies = new CookieContainer();
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies }) { BaseAddress = app.BaseAddress };
        await SignInTests.PostLoginAsync(client, "adviser.luxor@preparedness.demo", DemoAccounts.Password);
        var page = await client.GetStringAsync(SignInTests.FormPage);
        var copied = cookies.GetCookieHeader(app.BaseAddress);
        Assert.Equal(HttpStatusCode.OK, (await WithCookieAsync(app, copied, "/")).StatusCode);

        var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SignInTests.Token(page) }));
        var here = await WithCookieAsync(app, copied, "/");
        await using var restarted = await AppHost.StartSecondInstanceAsync(app);
        var there = await WithCookieAsync(restarted, copied, "/");

        Assert.Equal(HttpStatusCode.Redirect, logout.StatusCode);
        Assert.Contains("/account/login", here.Headers.Location!.ToString());
        Assert.Contains("/account/login", there.Headers.Location!.ToString());
    }

    [Fact]
    public async Task Signing_out_without_the_antiforgery_token_is_refused_and_the_session_goes_on()
    {
        var client = app.CreateClient();
        await SignInTests.PostLoginAsync(client, "ops.alex@preparedness.demo", DemoAccounts.Password);

        var logout = await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string>()));
        var after = await client.GetAsync("/board");

        Assert.Equal(HttpStatusCode.BadRequest, logout.StatusCode);
        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
    }

    [Fact]
    public async Task A_session_ends_at_its_absolute_lifetime_however_busy_it_was()
    {
        var client = app.CreateClient();
        await SignInTests.PostLoginAsync(client, "water.alex@preparedness.demo", DemoAccounts.Password);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);

        // Moving the session's start back by its lifetime is what a day of use looks like to the check.
        var lifetime = app.Services.GetRequiredService<IOptions<SecurityOptions>>().Value.AbsoluteSessionLifetime;
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync())
        {
            var userId = await db.Users.Where(u => u.UserName == "water.alex@preparedness.demo").Select(u => u.Id).SingleAsync();
            await db.Set<UserSession>().Where(s => s.UserId == userId)
                .ExecuteUpdateAsync(u => u.SetProperty(s => s.ExpiresAt, s => s.CreatedAt).SetProperty(s => s.CreatedAt, s => s.CreatedAt - lifetime));
        }

        var after = await client.GetAsync("/");

        Assert.Equal(TimeSpan.FromHours(24), lifetime);
        Assert.Contains("/account/login", after.Headers.Location!.ToString());
    }

    private static async Task<HttpResponseMessage> WithCookieAsync(AppHost host, string cookie, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = host.BaseAddress };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }
}
