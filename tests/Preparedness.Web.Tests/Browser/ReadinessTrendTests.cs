using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Features.Dashboard.Trends;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed partial class ReadinessTrendTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_dashboard_draws_readiness_over_time_from_the_backfilled_demo_with_its_figures_as_a_table_and_the_forecast()
    {
        // The app backfills at start-up in the background; running it again writes nothing twice and waits for it here.
        await app.Services.GetRequiredService<WriteSnapshotsJob>().BackfillAsync(default);
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("sg.luxor@preparedness.demo");

        var trend = page.Locator("[data-testid=trend]");
        await trend.Locator("svg").First.WaitForAsync();
        Assert.Contains("الجاهزية عبر الزمن", await trend.Locator("h2").InnerTextAsync());

        await page.WaitForInteractiveAsync();
        await trend.Locator("[data-testid=trend-table] summary").ClickAsync();
        var rows = trend.Locator("[data-testid=trend-row]");
        await rows.First.WaitForAsync();
        Assert.True(await rows.CountAsync() >= 7, "the demo's month of history gives a trend of many days");
        Assert.Matches(PercentPattern(), await rows.First.Locator("[data-testid=trend-score]").InnerTextAsync());

        var forecast = page.Locator("[data-testid=forecast] [data-testid=forecast-line]");
        await Assertions.Expect(forecast.Locator("[data-testid=verdict]")).ToHaveAttributeAsync("data-verdict", VerdictPattern());
        await page.Locator("[data-testid=units-ranked] svg").First.WaitForAsync();
        await page.Locator("[data-testid=heatmap] svg").First.WaitForAsync();
    }

    [Fact]
    public async Task On_a_390_px_phone_the_charts_fit_and_a_units_drill_down_draws_its_own_trend()
    {
        await app.Services.GetRequiredService<WriteSnapshotsJob>().BackfillAsync(default);
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("sg.luxor@preparedness.demo");

        await page.Locator("[data-testid=heatmap] svg").First.WaitForAsync();
        await page.WaitForInteractiveAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the dashboard scrolls sideways");
        await Screenshots.TakeAsync(page, "trend-dashboard-phone");

        await page.GotoAsync("units");
        await page.Locator("[data-testid=table-units]").WaitForAsync();
        await page.WaitForInteractiveAsync();
        var picker = page.Locator("[data-testid=unit-trend-picker]");
        var esna = await picker.Locator("option", new() { HasText = "إسنا" }).First.GetAttributeAsync("value");
        await picker.SelectOptionAsync(new SelectOptionValue { Value = esna });

        await page.WaitForURLAsync(UnitAddress());
        var trend = page.Locator("[data-testid=trend]");
        await Assertions.Expect(trend.Locator("h2")).ToContainTextAsync("إسنا");
        await trend.Locator("svg").First.WaitForAsync();
        Assert.True(await trend.Locator("[data-testid=trend-row]").CountAsync() >= 7);
        await Screenshots.TakeAsync(page, "trend-unit-phone");
    }

    [GeneratedRegex(@"/units\?unit=\d+$")]
    private static partial Regex UnitAddress();

    [GeneratedRegex(@"\d+\s?[٪%]|—")]
    private static partial Regex PercentPattern();

    [GeneratedRegex("^(OnTrack|AtRisk|WillMiss|Reached|NoDeadline|NoHistory)$")]
    private static partial Regex VerdictPattern();
}
