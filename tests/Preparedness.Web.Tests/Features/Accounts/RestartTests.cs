using System.Net;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

[Collection(AppCollection.Name)]
public sealed class RestartTests(AppHost app)
{
    [Fact]
    public async Task A_sign_in_survives_a_restart_of_the_application()
    {
        var cookies = new CookieContainer();
        var before = await AppHost.StartSecondInstanceAsync(app);
        using (var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = before.BaseAddress })
        {
            await SignInTests.PostLoginAsync(client, "adviser.luxor@preparedness.demo", DemoAccounts.Password);
        }

        var cookie = cookies.GetCookies(before.BaseAddress)["preparedness.auth"]!;
        await before.DisposeAsync();

        var after = await AppHost.StartSecondInstanceAsync(app);
        try
        {
            using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = after.BaseAddress };
            var response = await client.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { { "Cookie", $"{cookie.Name}={cookie.Value}" } } });

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains("محافظة الأقصر", await response.Content.ReadAsStringAsync());
        }
        finally
        {
            await after.DisposeAsync();
        }
    }
}
