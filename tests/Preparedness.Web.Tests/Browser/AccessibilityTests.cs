using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class AccessibilityTests(AppHost app, BrowserFixture browser)
{
    [Theory]
    [InlineData("ar")]
    [InlineData("en")]
    public async Task The_main_screens_have_no_serious_or_critical_axe_violations(string language)
    {
        var problems = new List<string>();
        var secretary = await SignedInAsync("sg.alex@preparedness.demo", language);
        foreach (var (path, ready) in new[]
        {
            ("/", "[data-testid=overall-score]"),
            ("/tasks", "[data-testid=task-link]"),
            ("/health", "[data-testid=stock-card]"),
            ("/verification", "[data-testid=task-link]"),
        })
        {
            problems.AddRange(await CheckAsync(secretary, path, ready, language));
        }

        await secretary.ClickAsync("[data-testid=task-link]");
        await secretary.Locator("[data-testid=history]").WaitForAsync();
        problems.AddRange(await CheckAsync(secretary, null, "[data-testid=task-progress]", language));
        problems.AddRange(await CheckAsync(secretary, "/board", "#board[data-live=true]", language));

        var head = await SignedInAsync("water.alex@preparedness.demo", language);
        problems.AddRange(await CheckAsync(head, "/tasks/mine", "[data-testid=my-task]", language));

        Assert.True(problems.Count == 0, string.Join(Environment.NewLine, problems));
    }

    [Fact]
    public async Task Live_changes_are_announced_motion_can_be_reduced_and_keyboard_focus_is_visible()
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.EmulateMediaAsync(new() { ReducedMotion = ReducedMotion.Reduce });
        await page.SignInAsync("governor.alex@preparedness.demo");
        await page.Locator("[data-testid=overall-score]").WaitForAsync();

        await Assertions.Expect(page.Locator("[data-testid=live-region]")).ToHaveAttributeAsync("aria-live", "polite");
        var animation = await page.EvaluateAsync<string>(
            "() => { const probe = document.createElement('div'); probe.className = 'flash-0'; document.body.append(probe); const name = getComputedStyle(probe).animationName; probe.remove(); return name; }");
        Assert.Equal("none", animation);

        await page.Locator("[data-testid=flag-overdue]").FocusAsync();
        await page.Keyboard.PressAsync("Tab");
        var outline = await page.EvaluateAsync<string>(
            "() => { const s = getComputedStyle(document.activeElement); return s.outlineStyle + ' ' + s.outlineWidth; }");
        Assert.Equal("solid 3px", outline);
    }

    // Every rule still runs; passing, inapplicable and incomplete results come back as one example each instead of
    // every node they matched (the bulk of axe's time and reply on a dashboard of many SVG elements).
    private static readonly AxeRunOptions ViolationsOnly = new() { ResultTypes = [ResultType.Violations] };

    private async Task<IPage> SignedInAsync(string user, string language)
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync(user);

        // The language of this browser only: the account's own choice stays as other tests expect it.
        await page.Context.AddCookiesAsync([new Cookie { Name = ".AspNetCore.Culture", Value = $"c={language}|uic={language}", Url = app.BaseAddress.ToString() }]);
        return page;
    }

    private static async Task<IEnumerable<string>> CheckAsync(IPage page, string? path, string ready, string language)
    {
        if (path is not null)
        {
            await page.GotoAsync(path);
        }

        await page.Locator(ready).First.WaitForAsync();
        Assert.StartsWith(language, await page.GetAttributeAsync("html", "lang"));
        var result = await page.RunAxe(ViolationsOnly);
        return result.Violations
            .Where(v => v.Impact is "serious" or "critical")
            .Select(v => $"{language} {page.Url}: {v.Id} ({v.Impact}) {v.Help} — {string.Join(" | ", v.Nodes.Take(3).Select(n => n.Html))}");
    }
}
