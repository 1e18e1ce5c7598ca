using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed partial class SecretaryDashboardTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task Secretary_general_sees_the_arabic_dashboard_and_drills_down_to_esnas_overdue_tasks()
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("sg.luxor@preparedness.demo");

        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.Equal("ar-EG", await page.GetAttributeAsync("html", "lang"));
        Assert.Equal("محافظة الأقصر", (await page.InnerTextAsync("h1")).Trim());
        Assert.Matches(PercentPattern(), await page.InnerTextAsync("[data-testid=overall-score]"));

        var esna = page.Locator("[data-testid=table-units] tr", new() { HasText = "مركز ومدينة إسنا" });
        var overdueLink = esna.Locator("[data-testid=overdue-link]");
        var overdueCount = int.Parse(await overdueLink.InnerTextAsync());
        Assert.True(overdueCount >= 2, "the demo data gives Esna overdue tasks");
        await overdueLink.ClickAsync();

        await page.WaitForURLAsync(UnitOverduePattern());
        await page.Locator("[data-testid=task-table] tbody tr [data-testid=task-link]").First.WaitForAsync();
        var rows = page.Locator("[data-testid=task-table] tbody tr");
        Assert.Equal(overdueCount, await rows.CountAsync());
        Assert.Contains($"{overdueCount} مهمة", await page.InnerTextAsync("[data-testid=task-count]"));
        for (var i = 0; i < overdueCount; i++)
        {
            Assert.Contains("متأخرة", await rows.Nth(i).InnerTextAsync());
        }
    }

    [GeneratedRegex(@"\d+\s?[٪%]")]
    private static partial Regex PercentPattern();

    [GeneratedRegex(@"/tasks\?unit=\d+&overdue=true")]
    private static partial Regex UnitOverduePattern();
}
