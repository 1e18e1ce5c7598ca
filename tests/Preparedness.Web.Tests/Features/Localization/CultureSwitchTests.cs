using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Features.Accounts;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Localization;

[Collection(AppCollection.Name)]
public sealed class CultureSwitchTests(AppHost app)
{
    [Fact]
    public async Task Choosing_english_writes_the_culture_cookie_and_saves_the_users_preference()
    {
        var client = app.CreateClient();
        await SignInTests.PostLoginAsync(client, "ops.alex@preparedness.demo", DemoAccounts.Password);

        var response = await client.GetAsync("/culture/en?returnUrl=%2Ftasks");
        var page = await client.GetStringAsync("/tasks");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/tasks", response.Headers.Location!.OriginalString);
        Assert.Contains(".AspNetCore.Culture=c%3Den%7Cuic%3Den", string.Join(";", response.Headers.GetValues("Set-Cookie")));
        Assert.Contains("dir=\"ltr\"", page);
        Assert.Contains("Readiness tasks", page);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        Assert.Equal("en", (await db.Users.SingleAsync(u => u.UserName == "ops.alex@preparedness.demo")).PreferredCulture);
    }

    [Fact]
    public async Task An_unknown_culture_falls_back_to_arabic()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/culture/xx-YY?returnUrl=%2Faccount%2Flogin");
        var page = await client.GetStringAsync("/account/login");

        Assert.Contains("c%3Dar-EG", string.Join(";", response.Headers.GetValues("Set-Cookie")));
        Assert.Contains("lang=\"ar-EG\"", page);
    }

    [Fact]
    public async Task An_unknown_address_gets_a_localized_not_found_page()
    {
        var client = app.CreateClient();

        var response = await client.GetAsync("/no-such-page");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("الصفحة غير موجودة", await response.Content.ReadAsStringAsync());
    }
}
