using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;
using Xunit.Abstractions;

namespace Preparedness.Web.Tests.Browser;

/// <summary>
/// Issue 19: what one click costs on the wire, counted over the page's Blazor WebSocket (bytes and interop
/// calls, not time, so a busy machine gives the same figure). On a phone over a slow network every 100 KB
/// is seconds.
/// </summary>
[Collection(AppCollection.Name)]
public sealed partial class ClickTrafficTests(AppHost app, BrowserFixture browser, ITestOutputHelper output)
{
    private const int FilterChangeBytes = 20 * 1024;
    // The goal is 40 KB per page change (issue 19, open): measured 82 KB on 2026-12-05 (24 KB with per-message deflate,
    // as sent), down from 91 KB and 225 KB: about 35 KB is the page's first render with the filter bar, 26 KB the 25 rows
    // as markup (README, "Clicks"). Until both get lighter this bound only keeps the gain from going back.
    private const int PageChangeBytes = 90 * 1024;
    private const int InteropCallsPerPageChange = 5;

    [Fact]
    public async Task A_status_pick_on_the_task_list_changes_the_list_in_place_within_20_KB()
    {
        var (page, traffic) = await OpenAsync("/tasks");
        await page.Locator("[data-testid=task-link]").First.WaitForAsync();
        await traffic.SettledAsync();
        traffic.Reset();

        // By the option's place, in whichever language this account was left by another test: open work, all, then the
        // statuses in their order (not started, in progress, ...).
        var inProgress = page.Locator("[data-testid=filter-status] option:not([value=''])").Nth(3);
        var label = (await inProgress.InnerTextAsync()).Trim();
        await page.Locator("[data-testid=filter-status]").SelectOptionAsync(new SelectOptionValue { Value = await inProgress.GetAttributeAsync("value") });
        await Assertions.Expect(page).ToHaveURLAsync(InProgressAddress());
        await Assertions.Expect(page.Locator("[data-testid=task-table] [data-testid=status-chip]").First).ToContainTextAsync(label);
        await traffic.SettledAsync();

        output.WriteLine($"status pick: {traffic.Describe()}");
        Assert.True(traffic.Received + traffic.Sent <= FilterChangeBytes, $"a filter change cost {traffic.Describe()}");
        Assert.True(traffic.InteropCalls.Count <= InteropCallsPerPageChange, $"a filter change cost {traffic.Describe()}");
        Assert.Equal(0, await page.Locator("[data-testid=loading]").CountAsync());

        // The address moved with the filter, so Back still returns to the list as it was.
        await page.GoBackAsync();
        await Assertions.Expect(page).ToHaveURLAsync(TasksAddress());
        await Assertions.Expect(page.Locator("[data-testid=filter-status]")).ToHaveValueAsync("open");
    }

    [Fact]
    public async Task A_search_word_and_Enter_change_the_list_in_place_within_20_KB()
    {
        var (page, traffic) = await OpenAsync("/tasks");
        var first = page.Locator("[data-testid=task-link]").First;
        await first.WaitForAsync();
        var word = (await first.InnerTextAsync()).Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!;
        await traffic.SettledAsync();
        traffic.Reset();

        await page.Locator("[data-testid=filter-text]").FillAsync(word);
        await page.Locator("[data-testid=filter-text]").PressAsync("Enter");
        await Assertions.Expect(page).ToHaveURLAsync(new Regex(@"/tasks\?q="));
        await Assertions.Expect(page.Locator("[data-testid=task-link]").First).ToContainTextAsync(word);
        await traffic.SettledAsync();

        output.WriteLine($"search + Enter: {traffic.Describe()}");
        Assert.True(traffic.Received + traffic.Sent <= FilterChangeBytes, $"a search cost {traffic.Describe()}");
        await Assertions.Expect(page.Locator("[data-testid=filter-text]")).ToHaveValueAsync(word);
    }

    [Fact]
    public Task The_menu_from_the_dashboard_to_the_task_list_costs_at_most_5_interop_calls() => MenuToTaskListAsync(bytes: false);

    [Fact]
    public Task The_menu_from_the_dashboard_to_the_task_list_costs_no_more_than_its_bound() => MenuToTaskListAsync(bytes: true);

    private async Task MenuToTaskListAsync(bool bytes)
    {
        var (page, traffic) = await OpenAsync("/");
        await page.Locator("[data-testid=overall-score]").WaitForAsync();
        await traffic.SettledAsync();
        traffic.Reset();

        await page.Locator("nav a[href='tasks'], .mud-navmenu a[href='tasks']").First.ClickAsync();
        await page.WaitForURLAsync(TasksAddress());
        await page.Locator("[data-testid=task-link]").First.WaitForAsync();
        await traffic.SettledAsync();

        output.WriteLine($"dashboard -> task list: {traffic.Describe()}");
        if (Environment.GetEnvironmentVariable("CLICKS_DUMP") is { Length: > 0 } dump)
        {
            traffic.Dump(dump);
        }

        Assert.True(traffic.InteropCalls.Count <= InteropCallsPerPageChange, $"a page change cost {traffic.Describe()}");
        Assert.True(!bytes || traffic.Received + traffic.Sent <= PageChangeBytes, $"a page change cost {traffic.Describe()}");
    }

    [Fact]
    public async Task A_local_unit_clicked_on_the_dashboard_opens_its_tasks_with_at_most_5_interop_calls()
    {
        var (page, traffic) = await OpenAsync("/");
        var unitLink = page.Locator("[data-testid=table-units] tbody tr a").First;
        await unitLink.WaitForAsync();
        await traffic.SettledAsync();
        traffic.Reset();

        await unitLink.ClickAsync();
        await page.WaitForURLAsync(UnitAddress());
        await page.Locator("[data-testid=task-count]").WaitForAsync();
        await traffic.SettledAsync();

        // Bytes are written down, not bounded yet (62 KB on 2026-12-05, was 131 KB): see the menu test's bound.
        output.WriteLine($"dashboard unit -> its tasks: {traffic.Describe()}");
        Assert.True(traffic.InteropCalls.Count <= InteropCallsPerPageChange, $"a page change cost {traffic.Describe()}");
    }

    private async Task<(IPage Page, CircuitTraffic Traffic)> OpenAsync(string path)
    {
        var page = await Pages.NewPageAsync(browser, app);
        var traffic = CircuitTraffic.Watch(page);
        await page.SignInAsync("governor.luxor@preparedness.demo", path);
        return (page, traffic);
    }

    [GeneratedRegex(@"/tasks\?status=inprogress$")]
    private static partial Regex InProgressAddress();

    [GeneratedRegex(@"/tasks$")]
    private static partial Regex TasksAddress();

    [GeneratedRegex(@"/tasks\?unit=\d+")]
    private static partial Regex UnitAddress();
}
