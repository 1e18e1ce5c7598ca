using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class HospitalAddTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_luxor_health_directorate_adds_a_hospital_on_a_phone_in_arabic_typing_arabic_indic_digits_then_retires_it()
    {
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("health.luxor@preparedness.demo", "/health");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        var name = $"مستشفى الكرنك {Random.Shared.Next(1000, 9999)}";

        await page.Locator("[data-testid=hospital-add]").ClickAsync();
        var form = page.Locator("[data-testid=hospital-add-form]");
        await Assertions.Expect(form.Locator("h3")).ToHaveTextAsync("إضافة مستشفى");
        await form.Locator("[data-testid=hospital-name-ar]").FillAsync(name);
        await form.Locator("[data-testid=hospital-name-en]").FillAsync($"Karnak hospital {name[^4..]}");
        await form.Locator("[data-testid=hospital-beds]").FillAsync("");
        await form.Locator("[data-testid=hospital-beds]").PressSequentiallyAsync("١٢٠");
        await form.Locator("[data-testid=hospital-icu]").FillAsync("");
        await form.Locator("[data-testid=hospital-icu]").PressSequentiallyAsync("١٢");
        await form.GetByText("قسم الطوارئ يعمل", new() { Exact = true }).ClickAsync();
        await Screenshots.TakeAsync(page, "hospital-add-phone");
        await form.Locator("[data-testid=hospital-add-save]").ClickAsync();

        await Assertions.Expect(form).ToHaveCountAsync(0);
        var card = page.Locator("[data-testid=hospital-card]", new() { HasText = name });
        await Assertions.Expect(card.Locator("[data-testid=hospital-figures]")).ToContainTextAsync("الأسرة: 120");
        await Assertions.Expect(card.Locator("[data-testid=hospital-figures]")).ToContainTextAsync("12");
        var stocks = page.Locator("[data-testid=stock-card]", new() { HasText = name }).Locator("[data-testid=supply-state]");
        await Assertions.Expect(stocks).ToHaveCountAsync(8);
        await Assertions.Expect(stocks.First).ToHaveAttributeAsync("data-state", "NotReported");
        Assert.True(await page.EvaluateAsync<bool>("document.documentElement.scrollWidth <= window.innerWidth"), "the health page must fit a 390 px phone");
        await Screenshots.TakeAsync(page, "hospital-added-phone");

        // The readiness form reads Arabic-Indic digits too.
        await card.Locator("[data-testid=hospital-edit]").ClickAsync();
        await card.Locator("[data-testid=hospital-beds]").FillAsync("");
        await card.Locator("[data-testid=hospital-beds]").PressSequentiallyAsync("١٣٠");
        await card.Locator("[data-testid=hospital-save]").ClickAsync();
        await Assertions.Expect(card.Locator("[data-testid=hospital-figures]")).ToContainTextAsync("130");

        var id = int.Parse((await card.GetAttributeAsync("data-facility"))!, System.Globalization.CultureInfo.InvariantCulture);
        await using (var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync())
        {
            var hospital = await db.HealthFacilities.AsNoTracking().SingleAsync(f => f.Id == id);
            Assert.Equal((130, 12, true, true), (hospital.Beds, hospital.IcuBeds, hospital.EmergencyOpen, hospital.IsActive));
            var added = await db.AuditEvents.SingleAsync(a => a.EntityType == "health-facility" && a.EntityId == $"{id}" && a.Action == "hospital.added");
            Assert.Equal("127.0.0.1", added.IpAddress);
        }

        // Retired, never deleted: it leaves the page; its row and history stay.
        await card.Locator("[data-testid=hospital-retire]").ClickAsync();
        await card.Locator("[data-testid=hospital-retire-yes]").ClickAsync();
        await Assertions.Expect(page.Locator("[data-testid=hospital-card]", new() { HasText = name })).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator("[data-testid=stock-card]", new() { HasText = name })).ToHaveCountAsync(0);
        await using var read = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        Assert.False((await read.HealthFacilities.AsNoTracking().SingleAsync(f => f.Id == id)).IsActive);
    }
}
