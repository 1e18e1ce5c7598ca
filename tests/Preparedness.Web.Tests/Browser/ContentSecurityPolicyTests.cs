using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

/// <summary>Chromium enforces the policy: the pages work and report no violation.</summary>
[Collection(AppCollection.Name)]
public sealed class ContentSecurityPolicyTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task Dashboard_task_list_users_and_audit_pages_work_under_the_policy_without_a_violation()
    {
        var page = await Pages.NewPageAsync(browser, app);
        var violations = Watch(page);

        await page.SignInAsync("sg.luxor@preparedness.demo");
        await Assertions.Expect(page.Locator("[data-testid=overall-score]")).ToBeVisibleAsync();
        await page.ClickAsync("a[href='tasks']");
        await Assertions.Expect(page.Locator("[data-testid=task-table]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=nav-users]");
        await Assertions.Expect(page.Locator("[data-testid=user-table]")).ToBeVisibleAsync();
        await page.ClickAsync("[data-testid=nav-audit]");
        await Assertions.Expect(page.Locator("[data-testid=audit-table]")).ToBeVisibleAsync();

        Assert.Empty(violations);
    }

    [Fact]
    public async Task The_wall_board_connects_under_the_policy_without_a_violation()
    {
        var page = await Pages.NewPageAsync(browser, app);
        var violations = Watch(page);

        await page.GotoAsync("/board");
        await page.FillAsync("#username", "ops.alex@preparedness.demo");
        await page.FillAsync("#password", Preparedness.Web.Features.DemoData.DemoAccounts.Password);
        await page.ClickAsync("[data-testid=sign-in]");

        await Assertions.Expect(page.Locator("#board-status.live")).ToBeVisibleAsync();
        Assert.Empty(violations);
    }

    private static List<string> Watch(IPage page)
    {
        var violations = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Text.Contains("Content Security Policy", StringComparison.OrdinalIgnoreCase))
            {
                violations.Add(message.Text);
            }
        };
        return violations;
    }
}
