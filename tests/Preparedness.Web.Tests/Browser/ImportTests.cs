using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class ImportTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task A_sheet_with_one_bad_row_is_named_in_arabic_and_changes_nothing_then_the_corrected_sheet_imports()
    {
        var code = $"imp-{Guid.NewGuid():N}"[..16];
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("sg.luxor@preparedness.demo", "/admin/import");
        await Assertions.Expect(page.Locator("html")).ToHaveAttributeAsync("dir", "rtl");

        await UploadAsync(page, Units(code, nameEn: ""), "[data-testid=import-counts]");

        var error = page.Locator("[data-testid=import-error]");
        await Assertions.Expect(error).ToHaveCountAsync(1);
        await Assertions.Expect(error).ToContainTextAsync("الوحدات المحلية 3");
        await Assertions.Expect(error).ToContainTextAsync("الاسم (إنجليزي) (name_en)");
        await Assertions.Expect(error).ToContainTextAsync("أدخل الاسم بالعربية وبالإنجليزية.");
        await Assertions.Expect(page.Locator("[data-testid=import-apply]")).ToBeDisabledAsync();
        Assert.Equal(0, await CountAsync(code));

        await UploadAsync(page, Units(code, nameEn: "New village"), "[data-testid=import-apply]:not([disabled])");
        await Assertions.Expect(page.Locator("[data-testid=count-create]")).ToContainTextAsync("2");
        await Assertions.Expect(page.Locator("[data-testid=import-error]")).ToHaveCountAsync(0);
        await page.ClickAsync("[data-testid=import-apply]");

        await Assertions.Expect(page.Locator("[data-testid=import-applied]")).ToContainTextAsync("تم الاستيراد");
        Assert.Equal(2, await CountAsync(code));
    }

    /// <summary>
    /// The file input is wired up by script after it first renders; a person cannot pick a file sooner, but a
    /// test can, so it tries again until the page has taken the file (as the evidence picker's test does).
    /// </summary>
    private static async Task UploadAsync(IPage page, FilePayload file, string taken)
    {
        for (var attempt = 0; attempt < 5 && await page.Locator(taken).CountAsync() == 0; attempt++)
        {
            // MudFileUpload adds a fresh input after each file; the last one is the live one.
            await page.Locator("[data-testid=import-file] input[type=file]").Last.SetInputFilesAsync(file);
            await page.Locator(taken).WaitForAsync(new() { Timeout = 3_000 }).ContinueWith(_ => { });
        }
    }

    private static FilePayload Units(string code, string nameEn) => new()
    {
        Name = "units.csv",
        MimeType = "text/csv",
        Buffer = [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(
            $"code,name_ar,name_en,kind,parent_code\r\n{code}-a,قرية أولى,First village,Village,\r\n{code}-b,قرية ثانية,{nameEn},Village,\r\n")],
    };

    private async Task<int> CountAsync(string code)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        return await db.LocalUnits.CountAsync(u => u.Code.StartsWith(code));
    }
}
