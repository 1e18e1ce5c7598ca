using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class MeetingPageTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_secretariat_records_a_meeting_with_one_directive_in_arabic_on_a_390_px_phone()
    {
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("sg.luxor@preparedness.demo", "/meetings");
        var day = CairoTime.Today(app.Services.GetRequiredService<TimeProvider>());
        var today = day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var due = day.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var directive = $"رفع كفاءة محطات الرفع {Guid.NewGuid().ToString("N")[..6]}";

        await page.ClickAsync("[data-testid=meeting-record]");
        await page.FillAsync("[data-testid=meeting-date]", today);
        await page.FillAsync("[data-testid=meeting-chair]", "محافظ الأقصر");
        await page.ClickAsync("[data-testid=meeting-organisations]");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await CloseListAsync(page);
        await page.FillAsync("[data-testid=meeting-notes]", "متابعة الاستعداد لموسم الأمطار");
        await page.ClickAsync("[data-testid=meeting-save]");

        await page.WaitForURLAsync("**/meetings/*");
        await Assertions.Expect(page.Locator("[data-testid=meeting-chair-text]")).ToHaveTextAsync("محافظ الأقصر");
        Assert.Equal(1, await page.Locator("[data-testid=meeting-present] li").CountAsync());
        await page.FillAsync("[data-testid=directive-text-ar]", directive);
        await page.ClickAsync("[data-testid=directive-owner]");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await page.FillAsync("[data-testid=directive-due]", due);
        await page.ClickAsync("[data-testid=directive-save]");

        var row = page.Locator("[data-testid=directive-list] tr", new() { HasText = directive });
        await Assertions.Expect(row.Locator("[data-testid=directive-state]")).ToHaveTextAsync("جارٍ");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the meeting page scrolls sideways");
        // What was recorded is kept: the page read again from the server shows the directive and its status.
        await page.GotoAsync(page.Url);
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(row.Locator("[data-testid=directive-state]")).ToHaveTextAsync("جارٍ");
        await Screenshots.TakeBothAsync(page, "meeting-phone");
        await row.Locator("[data-testid=directive-task]").ClickAsync();
        await page.WaitForURLAsync("**/tasks/*");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(directive);
        await Assertions.Expect(page.Locator("[data-testid=directive-origin]")).ToBeVisibleAsync();

        // The next readiness report lists the meeting's directive with its status.
        await page.GotoAsync($"{app.BaseAddress}reports/readiness");
        var reported = page.Locator("[data-testid=readiness-report] [data-testid=directives-status] tr", new() { HasText = directive });
        await Assertions.Expect(reported.Locator("[data-testid=directive-state]")).ToHaveTextAsync("جارٍ");
    }

    /// <summary>
    /// A list that allows several choices stays open after a click; Escape closes it once the circuit has
    /// handled the choice, so a busy machine may need it again, and the list's overlay closes it too.
    /// </summary>
    private static async Task CloseListAsync(IPage page)
    {
        var open = page.Locator(".mud-popover-open .mud-list-item");
        for (var attempt = 0; attempt < 3 && await open.CountAsync() > 0; attempt++)
        {
            await page.Keyboard.PressAsync("Escape");
            await open.First.WaitForAsync(new() { State = WaitForSelectorState.Detached, Timeout = 3_000 }).ContinueWith(_ => { });
        }

        if (await open.CountAsync() > 0)
        {
            await page.Locator(".mud-overlay").First.ClickAsync();
        }

        await Assertions.Expect(open).ToHaveCountAsync(0);
    }
}
