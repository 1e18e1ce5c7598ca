using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class AgreementPageTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_secretariat_records_an_agreement_with_its_pdf_and_a_commitment_in_arabic_on_a_390_px_phone()
    {
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("sg.alex@preparedness.demo", "/agreements");
        var day = CairoTime.Today(app.Services.GetRequiredService<TimeProvider>());
        var signed = day.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var review = day.AddYears(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var due = day.AddDays(10).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var suffix = Guid.NewGuid().ToString("N")[..6];
        var title = $"بروتوكول تعاون مع الهلال الأحمر {suffix}";
        var commitment = $"تجهيز فرق الإسعافات الأولية {suffix}";
        var pdf = Path.Combine(Path.GetTempPath(), $"protocol-{suffix}.pdf");
        await File.WriteAllBytesAsync(pdf, TestFiles.MinimalPdf());

        await page.ClickAsync("[data-testid=agreement-record]");
        await page.FillAsync("[data-testid=agreement-title-ar]", title);
        await page.FillAsync("[data-testid=agreement-title-en]", $"Red Crescent cooperation protocol {suffix}");
        await page.ClickAsync("[data-testid=agreement-parties]");
        await page.Locator(".mud-popover-open .mud-list-item").Nth(0).ClickAsync();
        await page.Locator(".mud-popover-open .mud-list-item").Nth(1).ClickAsync();
        await CloseListAsync(page);
        await page.FillAsync("[data-testid=agreement-signed]", signed);
        await page.FillAsync("[data-testid=agreement-review]", review);
        await page.FillAsync("[data-testid=agreement-scope]", "تجهيز فرق المتطوعين ودعم مراكز الإيواء خلال موسم الأمطار");
        await page.Locator("[data-testid=agreement-pdf-picker] input[type=file]").SetInputFilesAsync(pdf);
        await Assertions.Expect(page.Locator("[data-testid=agreement-pdf-chosen]")).ToContainTextAsync($"protocol-{suffix}.pdf");
        await page.ClickAsync("[data-testid=agreement-save]");

        await page.WaitForURLAsync("**/agreements/*");
        await Assertions.Expect(page.Locator("[data-testid=agreement-title]")).ToHaveTextAsync(title);
        Assert.Equal(2, await page.Locator("[data-testid=agreement-parties-list] li").CountAsync());
        await Assertions.Expect(page.Locator("[data-testid=agreement-document-link]")).ToContainTextAsync($"protocol-{suffix}.pdf");
        await page.FillAsync("[data-testid=commitment-text-ar]", commitment);
        await page.ClickAsync("[data-testid=commitment-owner]");
        await page.Locator(".mud-popover-open .mud-list-item").First.ClickAsync();
        await Assertions.Expect(page.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await page.FillAsync("[data-testid=commitment-due]", due);
        await page.ClickAsync("[data-testid=commitment-save]");

        var row = page.Locator("[data-testid=commitment-list] tr", new() { HasText = commitment });
        await Assertions.Expect(row.Locator("[data-testid=commitment-status]")).ToHaveTextAsync("لم تبدأ");
        Assert.Equal("rtl", await page.GetAttributeAsync("html", "dir"));
        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), "the agreement page scrolls sideways");

        // Kept: read again from the server, the commitment is there; its task names the agreement.
        await page.GotoAsync(page.Url);
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(row.Locator("[data-testid=commitment-status]")).ToHaveTextAsync("لم تبدأ");
        await Screenshots.TakeBothAsync(page, "agreement-phone");
        var document = await page.APIRequest.GetAsync($"{page.Url}/document");
        Assert.Equal("application/pdf", document.Headers["content-type"]);
        Assert.Equal(TestFiles.MinimalPdf(), await document.BodyAsync());
        await row.Locator("[data-testid=commitment-task]").ClickAsync();
        await page.WaitForURLAsync("**/tasks/*");
        await Assertions.Expect(page.Locator("h1")).ToContainTextAsync(commitment);
        await Assertions.Expect(page.Locator("[data-testid=agreement-origin]")).ToContainTextAsync(title);
    }

    /// <summary>A list that allows several choices stays open after a click; Escape (or its overlay) closes it.</summary>
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
