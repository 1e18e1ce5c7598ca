using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Features.Accounts;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Live;

/// <summary>Two app processes on one PostgreSQL, as behind a load balancer.</summary>
[Collection(AppCollection.Name)]
public sealed class TwoInstanceTests(AppHost instanceA, BrowserFixture browser) : IAsyncLifetime
{
    private AppHost instanceB = default!;

    public async Task InitializeAsync() => instanceB = await AppHost.StartSecondInstanceAsync(instanceA);

    public Task DisposeAsync() => instanceB.DisposeAsync();

    [Fact]
    public async Task A_change_on_instance_a_reaches_a_hub_client_and_an_open_dashboard_on_instance_b()
    {
        await using var hubOnB = await HubClient.ConnectAsync(instanceB.BaseAddress, "ops.luxor@preparedness.demo");
        var pageOnB = await Pages.NewPageAsync(browser, instanceB);
        await pageOnB.SignInAsync("adviser.luxor@preparedness.demo");

        // Instance B has just started: its first broadcast also pays for JIT and the first figures query.
        // One change to warm it up, then the measured one, from another organisation so its banner differs.
        var warmUp = await DemoChanges.RecordProgressAsync(instanceA.Services, "luxor", "water-luxor", "two instances, warm-up");
        Assert.NotNull(await hubOnB.WaitForAsync(u => u.Change?.TaskId == warmUp, TimeSpan.FromSeconds(10)));
        await Assertions.Expect(pageOnB.Locator("[data-testid=live-change]")).ToContainTextAsync("Head of water-luxor", new() { Timeout = 10_000 });

        var taskId = await DemoChanges.RecordProgressAsync(instanceA.Services, "luxor", "lx-esna", "two instances");

        // Waits for the event, not for a guess of seconds: how fast changes arrive is measured by deploy/load.sh on a quiet
        // machine, not here, where the rest of the suite shares the two cores.
        Assert.NotNull(await hubOnB.WaitForAsync(u => u.Change?.TaskId == taskId, TimeSpan.FromSeconds(10)));
        await Assertions.Expect(pageOnB.Locator("[data-testid=live-change]")).ToContainTextAsync("Head of lx-esna", new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task A_concern_raised_on_instance_a_moves_the_open_concerns_figure_of_a_dashboard_on_instance_b()
    {
        var pageOnB = await Pages.NewPageAsync(browser, instanceB);
        await pageOnB.SignInAsync("sg.luxor@preparedness.demo");
        var openConcerns = pageOnB.Locator("[data-testid=flag-concerns] .flag-count");
        var before = int.Parse(await openConcerns.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        var (task, _) = await DemoChanges.OpenTaskAsync(instanceA.Services, "luxor", "water-luxor");
        var adviser = new Actor("test-adviser", "Adviser of Luxor", Roles.MilitaryAdviser, task.GovernorateId, null);

        var raised = await instanceA.Services.GetRequiredService<ConcernService>().RaiseAsync(adviser, task.GovernorateId, task.Id, null, "Pumps not yet on site");

        Assert.True(raised.Succeeded);
        await Assertions.Expect(openConcerns).ToHaveTextAsync($"{before + 1}", new() { Timeout = 10_000 });
    }

    [Fact]
    public async Task A_sign_in_on_instance_a_is_valid_on_instance_b_because_the_keys_are_shared_in_the_database()
    {
        var cookies = new CookieContainer();
        using var onA = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = instanceA.BaseAddress };
        await SignInTests.PostLoginAsync(onA, "sg.alex@preparedness.demo", DemoAccounts.Password);
        var cookie = cookies.GetCookies(instanceA.BaseAddress)["preparedness.auth"]!;
        using var onB = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = instanceB.BaseAddress };

        var response = await onB.SendAsync(new HttpRequestMessage(HttpMethod.Get, "/") { Headers = { { "Cookie", $"{cookie.Name}={cookie.Value}" } } });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("محافظة الإسكندرية", await response.Content.ReadAsStringAsync());
    }
}
