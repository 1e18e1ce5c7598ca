using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class ResourceStockTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task A_holder_updates_stock_on_a_phone_in_arabic_and_an_open_dashboard_shows_it_without_a_reload()
    {
        // One of the Luxor water company's entries, not checked for a month: "not reported" until its holder checks it.
        var entryId = await StaleWaterEntryAsync();
        var secretary = await Pages.NewPageAsync(browser, app);
        await secretary.SignInAsync("sg.luxor@preparedness.demo");
        await secretary.EvaluateAsync("window.__sameDocument = true");
        var notReported = secretary.Locator("[data-testid=resources-not-reported] b");
        await Assertions.Expect(notReported).ToBeVisibleAsync();
        var before = int.Parse(await notReported.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);

        var head = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await head.SignInAsync("water.luxor@preparedness.demo", "/resources");
        Assert.Equal(("rtl", "ar-EG"), (await head.GetAttributeAsync("html", "dir"), await head.GetAttributeAsync("html", "lang")));
        var card = head.Locator($"[data-testid=stock-card][data-entry='{entryId}']");
        await Assertions.Expect(card.Locator("[data-testid=stock-not-reported]")).ToHaveTextAsync("لم يُبلَّغ عنه");
        Assert.True(await head.EvaluateAsync<bool>("document.documentElement.scrollWidth <= 390"), "the phone page must not scroll sideways");

        // Typed as an Arabic phone types numbers: ٣ held, ٢ working.
        await card.Locator("[data-testid=stock-held]").FillAsync("");
        await card.Locator("[data-testid=stock-held]").PressSequentiallyAsync("٣");
        await card.Locator("[data-testid=stock-working]").FillAsync("");
        await card.Locator("[data-testid=stock-working]").PressSequentiallyAsync("٢");
        await card.Locator("[data-testid=stock-location]").FillAsync("جراج الشركة بالكرنك");
        await card.Locator("[data-testid=stock-save]").ClickAsync();

        await Assertions.Expect(card.Locator("[data-testid=stock-not-reported]")).ToHaveCountAsync(0);
        await Assertions.Expect(notReported).ToHaveTextAsync($"{before - 1}", new() { Timeout = 10_000 });
        Assert.True(await secretary.EvaluateAsync<bool>("window.__sameDocument === true"), "the dashboard must not have reloaded");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var saved = await db.ResourceEntries.SingleAsync(e => e.Id == entryId);
        Assert.Equal((3, 2, "جراج الشركة بالكرنك"), (saved.QuantityHeld, saved.QuantityWorking, saved.Location));
        Assert.True(await db.ResourceHistory.AnyAsync(h => h.ResourceEntryId == entryId && h.QuantityWorking == 2));
        var audit = await db.AuditEvents.Where(a => a.EntityType == "resource_entry" && a.EntityId == $"{entryId}").OrderBy(a => a.Id).LastAsync();
        Assert.Equal(("resource.stock_updated", "127.0.0.1"), (audit.Action, audit.IpAddress));
    }

    private async Task<int> StaleWaterEntryAsync()
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var entry = await db.ResourceEntries
            .Where(e => db.Organisations.Any(o => o.Id == e.OrganisationId && o.Code == "water-luxor"))
            .OrderBy(e => e.Id).FirstAsync();
        entry.LastCheckedAt = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddDays(-30);
        entry.QuantityHeld = 1;
        entry.QuantityWorking = 0;
        await db.SaveChangesAsync();
        return entry.Id;
    }
}
