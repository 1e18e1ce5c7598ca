using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class HealthStockTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_luxor_health_directorate_updates_blood_stock_on_a_phone_in_arabic()
    {
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("health.luxor@preparedness.demo", "/health");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        await Assertions.Expect(page.Locator("h1")).ToHaveTextAsync("الصحة: المستشفيات ومخزون الدم");

        // The demo's General hospital A is short of O-: the head brings it back up, typing Arabic-Indic digits.
        var row = page.Locator("[data-testid=stock-card]", new() { HasText = "مستشفى عام (أ)" }).Locator("[data-testid=stock-row][data-group=ONegative]");
        await Assertions.Expect(row.Locator("[data-testid=supply-state]")).ToHaveAttributeAsync("data-state", "Low");
        await row.Locator("[data-testid=stock-edit]").ClickAsync();
        var form = page.Locator("[data-testid=stock-form]");
        await form.Locator("[data-testid=stock-units]").FillAsync("");
        await form.Locator("[data-testid=stock-units]").PressSequentiallyAsync("٤٠");
        await form.Locator("[data-testid=stock-daily-use]").FillAsync("");
        await form.Locator("[data-testid=stock-daily-use]").PressSequentiallyAsync("٤");
        await form.Locator("[data-testid=stock-save]").ClickAsync();

        await Assertions.Expect(form).ToHaveCountAsync(0);
        await Assertions.Expect(row.Locator("[data-testid=supply-state]")).ToHaveAttributeAsync("data-state", "Adequate");
        await Assertions.Expect(row.Locator("[data-testid=supply-state]")).ToHaveTextAsync("كافٍ");
        await Assertions.Expect(row.Locator("[data-testid=stock-days]")).ToContainTextAsync("يكفي 10 يوم");
        await Assertions.Expect(page.Locator("[data-testid=health-change]")).ToContainTextAsync("وكيل وزارة الصحة بالأقصر");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the health page must fit a 390 px phone");

        var stockId = int.Parse((await row.GetAttributeAsync("data-stock"))!, System.Globalization.CultureInfo.InvariantCulture);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var stock = await db.BloodStocks.SingleAsync(s => s.Id == stockId);
        Assert.Equal((40, 4m, false), (stock.UnitsOnHand, stock.DailyUse, stock.IsLow));
        var audit = await db.AuditEvents.Where(a => a.EntityType == "blood-stock" && a.EntityId == $"{stock.Id}").OrderBy(a => a.Id).LastAsync();
        Assert.Equal(("blood-stock.updated", "127.0.0.1"), (audit.Action, audit.IpAddress));
    }

    [Fact]
    public async Task A_stock_change_reaches_an_open_dashboards_health_panel_without_a_reload()
    {
        var secretary = await Pages.NewPageAsync(browser, app);
        await secretary.SignInAsync("sg.alex@preparedness.demo");
        await secretary.EvaluateAsync("window.__sameDocument = true");
        var panel = secretary.Locator("[data-testid=health-panel]");
        await Assertions.Expect(panel.Locator("[data-testid=health-low] strong")).ToHaveTextAsync("1");

        // Alexandria's General hospital A is short of O-; its health directorate reports a delivery.
        var (head, stock) = await AlexandriaLowStockAsync();
        var result = await app.Services.GetRequiredService<BloodStockService>().UpdateAsync(head, stock.Id, new StockUpdate(60, 5, stock.Version));
        Assert.True(result.Succeeded);

        await Assertions.Expect(panel.Locator("[data-testid=health-low] strong")).ToHaveTextAsync("0", new() { Timeout = 5_000 });
        await Assertions.Expect(panel.Locator("[data-testid=health-live]")).ToContainTextAsync("وكيل وزارة الصحة بالإسكندرية");
        Assert.True(await secretary.EvaluateAsync<bool>("window.__sameDocument === true"), "the dashboard must not have reloaded");
    }

    private async Task<(Actor Head, BloodStock Stock)> AlexandriaLowStockAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var alexandria = await db.Governorates.SingleAsync(g => g.Code == "alexandria");
        var health = await db.Organisations.SingleAsync(o => o.GovernorateId == alexandria.Id && o.Code == "dir-health");
        var stock = await db.BloodStocks.AsNoTracking().SingleAsync(s => s.GovernorateId == alexandria.Id && s.IsLow);
        return (new Actor("health-alex-test", "وكيل وزارة الصحة بالإسكندرية", Roles.OrganisationHead, alexandria.Id, health.Id), stock);
    }
}
