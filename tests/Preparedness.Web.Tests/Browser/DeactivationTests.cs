using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

/// <summary>An instance that re-checks open screens every 2 seconds instead of every minute.</summary>
[Collection(AppCollection.Name)]
public sealed class DeactivationTests(AppHost app, BrowserFixture browser) : IAsyncLifetime
{
    private AppHost quick = default!;

    public async Task InitializeAsync() =>
        quick = await AppHost.StartSecondInstanceAsync(app, new Dictionary<string, string?> { ["Preparedness:Security:RevalidationInterval"] = "00:00:02" });

    public Task DisposeAsync() => quick.DisposeAsync();

    [Fact]
    public async Task A_deactivated_user_with_an_open_dashboard_loses_access_at_the_next_check()
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.Governor, DemoAccounts.Luxor);
        var page = await Pages.NewPageAsync(browser, quick);
        await page.SignInAsync(user.Email!, password: TestAccounts.Password);
        await Assertions.Expect(page.Locator("[data-testid=overall-score]")).ToBeVisibleAsync();

        var result = await quick.Services.GetRequiredService<AccountAdministration>().SetActiveAsync(TestAccounts.Administrator, user.Id, active: false);

        Assert.True(result.Succeeded);
        await page.WaitForURLAsync("**/account/login**", new() { Timeout = 10_000 });
        await Assertions.Expect(page.Locator("#username")).ToBeVisibleAsync();
    }
}
