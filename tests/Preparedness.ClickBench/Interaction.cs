using Microsoft.Playwright;

namespace Preparedness.ClickBench;

/// <summary>
/// One row of issue 19's table: where it starts, what is done untimed before each click (<see cref="Prepare"/>), the
/// timed input (<see cref="Act"/>) and the in-page condition that says the result is on screen (<see cref="Done"/>,
/// a JavaScript expression; <c>window.__before</c> holds what <see cref="Before"/> read just before the input).
/// </summary>
internal sealed record Interaction(
    string Name,
    bool Stock,
    string User,
    string StartPath,
    Func<IPage, int, Task> Prepare,
    Func<IPage, int, Task> Act,
    string Before,
    Func<int, string> Done,
    bool SlowNetwork = false)
{
    public const string Governor = "governor.luxor@preparedness.demo";
    public const string OrganisationHead = "water.luxor@preparedness.demo";
    private const string Count = "(document.querySelector('[data-testid=task-count]')?.textContent ?? '')";

    public static IReadOnlyList<Interaction> All(string searchWord) =>
    [
        new("stock template: counter click", true, "", "/counter", Nothing,
            (page, _) => page.ClickAsync("button.btn-primary"),
            "document.querySelector('[role=status]').textContent",
            _ => "document.querySelector('[role=status]').textContent !== window.__before"),
        new("dashboard: click a local unit", false, Governor, "/",
            (page, _) => BackToAsync(page, "/", "[data-testid=table-units] tbody tr a"),
            (page, _) => page.Locator("[data-testid=table-units] tbody tr a").First.ClickAsync(),
            "''",
            _ => "location.search.includes('unit=') && !!document.querySelector('[data-testid=task-count]')"),
        new("task list: pick a status", false, Governor, "/tasks", Nothing,
            (page, i) => page.Locator("[data-testid=filter-status]").SelectOptionAsync(i % 2 == 0 ? "InProgress" : "open"),
            Count,
            i => $"location.search.includes('status=') === {(i % 2 == 0 ? "true" : "false")} && {Count} !== window.__before",
            SlowNetwork: true),
        new("task list: search word + Enter", false, Governor, "/tasks",
            (page, i) => page.Locator("[data-testid=filter-text]").FillAsync(i % 2 == 0 ? searchWord : ""),
            (page, _) => page.Locator("[data-testid=filter-text]").PressAsync("Enter"),
            Count,
            i => $"location.search.includes('q=') === {(i % 2 == 0 ? "true" : "false")} && {Count} !== window.__before"),
        new("task page: save progress", false, OrganisationHead, "/tasks/mine",
            (page, i) => page.FillAsync("[data-testid=progress-note]", $"benchmark note {i}"),
            (page, _) => page.Locator("[data-testid=progress-save]").ClickAsync(),
            "document.querySelectorAll('[data-testid=history-entry]').length",
            _ => "document.querySelectorAll('[data-testid=history-entry]').length > window.__before"),
        new("menu: dashboard → task list", false, Governor, "/",
            (page, _) => BackToAsync(page, "/", "[data-testid=overall-score]"),
            (page, _) => page.Locator("nav a[href='tasks'], .mud-navmenu a[href='tasks']").First.ClickAsync(),
            "''",
            _ => "location.pathname.endsWith('/tasks') && !!document.querySelector('[data-testid=task-link]')",
            SlowNetwork: true),
    ];

    private static Task Nothing(IPage page, int i) => Task.CompletedTask;

    // After a page change the next click starts from the page it left, back through the history (untimed).
    private static async Task BackToAsync(IPage page, string path, string readySelector)
    {
        if (new Uri(page.Url).AbsolutePath != path)
        {
            await page.GoBackAsync();
        }

        await page.Locator(readySelector).First.WaitForAsync();
    }
}
