using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed partial class NextStormTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task Alexandrias_secretariat_sees_the_next_storm_and_its_link_opens_the_list_of_its_tasks()
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("sg.alex@preparedness.demo");

        await page.Locator("[data-testid=next-storm]").WaitForAsync();
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        var name = (await page.InnerTextAsync("[data-testid=next-storm-name]")).Trim();
        Assert.Matches(ArabicLetters(), name);
        Assert.Matches(PercentOrNone(), await page.InnerTextAsync("[data-testid=next-storm-score]"));
        var tasks = int.Parse(Number().Match(await page.InnerTextAsync("[data-testid=next-storm-tasks]")).Value);

        await page.ClickAsync("[data-testid=next-storm-link]");

        await page.WaitForURLAsync(StormAddress());
        await Assertions.Expect(page.Locator("[data-testid=task-count]")).ToContainTextAsync($"{tasks} مهمة");
        await Assertions.Expect(page.Locator("[data-testid=filter-storm]")).ToContainTextAsync(name);

        // Another filter keeps the storm in the address (an in-circuit navigation: no load event to wait for).
        await page.WaitForInteractiveAsync();
        await page.Locator("[data-testid=task-table]").WaitForAsync();
        await page.ClickAsync("[data-testid=filter-overdue]");
        await Assertions.Expect(page).ToHaveURLAsync(OverdueStormAddress(), new() { Timeout = 15_000 });
    }

    [GeneratedRegex(@"\p{IsArabic}")]
    private static partial Regex ArabicLetters();

    [GeneratedRegex(@"\d+\s?[٪%]|—")]
    private static partial Regex PercentOrNone();

    [GeneratedRegex(@"\d+")]
    private static partial Regex Number();

    // Every task tied to the storm, as the card counts them, not only the open ones the list opens on.
    [GeneratedRegex(@"/tasks\?status=all&storm=[a-z-]+$")]
    private static partial Regex StormAddress();

    [GeneratedRegex(@"/tasks\?status=all&overdue=true&storm=[a-z-]+$")]
    private static partial Regex OverdueStormAddress();
}
