using System.Diagnostics;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

/// <summary>The secretariat prints the readiness report to PDF: what the PDF says, read back with pdftotext (poppler-utils).</summary>
[Collection(AppCollection.Name)]
public sealed partial class ReadinessReportPrintTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task The_printed_report_carries_the_arabic_title_the_overall_figure_a_units_figure_and_page_numbers()
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("sg.alex@preparedness.demo", "/reports/readiness");
        await page.Locator("[data-testid=readiness-report]").WaitForAsync();
        var overall = await page.InnerTextAsync("[data-testid=report-overall-score]");
        var unit = page.Locator("[data-testid=report-table-units] [data-testid=report-row]").First;
        var unitName = await unit.Locator("[data-testid=report-row-name]").InnerTextAsync();
        var unitScore = await unit.Locator("[data-testid=report-row-score]").InnerTextAsync();
        Assert.Matches(Percent(), overall);
        Assert.Matches(Percent(), unitScore);
        Assert.True(await page.Locator("[data-testid=report-units] svg").CountAsync() > 0, "the units' bar chart is drawn in SVG");
        // The governor's meeting sees where readiness came from and where it is heading, on its own page.
        await Assertions.Expect(page.Locator("[data-testid=report-trend] [data-testid=trend]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=report-trend] [data-testid=forecast] [data-testid=forecast-line]")).ToBeVisibleAsync();
        await Screenshots.TakeAsync(page, "readiness-report");

        var pdf = await page.PdfAsync(new PagePdfOptions { Format = "A4", PrintBackground = true, PreferCSSPageSize = true });
        await KeepAsync(pdf);
        var raw = await PdfTextAsync(pdf);
        var text = Plain(raw);
        var pages = raw.Split('\f', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Length;

        Assert.Contains(Plain("تقرير الجاهزية"), text, StringComparison.Ordinal);
        Assert.Contains(Plain(overall), text, StringComparison.Ordinal);
        Assert.Contains(Plain(unitName), text, StringComparison.Ordinal);
        Assert.Contains(Plain(unitScore), text, StringComparison.Ordinal);
        // The footer's "1 / N" is laid out right to left in Arabic, so pdftotext may read it as "N/1".
        Assert.True(pages > 1 && (text.Contains($"1/{pages}", StringComparison.Ordinal) || text.Contains($"{pages}/1", StringComparison.Ordinal)), $"page numbers of {pages} pages");
        Assert.DoesNotContain(Plain("لوحة المتابعة"), text, StringComparison.Ordinal); // the navigation drawer is not printed
        Assert.Contains(Plain("الزمن"), text, StringComparison.Ordinal); // "readiness over time", the trend's heading
        Assert.Contains(Plain("التوقع"), text, StringComparison.Ordinal); // the forecast's heading

        // A unit's name opens that unit's own report, whose overall figure is the unit's row.
        await unit.Locator("[data-testid=report-row-name] a").ClickAsync();
        await page.WaitForURLAsync(UnitReport());
        await Assertions.Expect(page.Locator("[data-testid=report-subject]")).ToContainTextAsync(unitName.Trim());
        await Assertions.Expect(page.Locator("[data-testid=report-overall-score]")).ToHaveTextAsync(unitScore.Trim());
        await Assertions.Expect(page.Locator("[data-testid=report-units]")).ToHaveCountAsync(0);
    }

    private static async Task<string> PdfTextAsync(byte[] pdf)
    {
        var start = new ProcessStartInfo("pdftotext", ["-layout", "-enc", "UTF-8", "-", "-"])
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            StandardOutputEncoding = Encoding.UTF8,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        await process.StandardInput.BaseStream.WriteAsync(pdf);
        process.StandardInput.Close();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        return await output;
    }

    // pdftotext writes bidi embeddings around each run and may give shaped glyphs (presentation forms); compare
    // letters, digits and signs only, ordinally (a culture's comparison joins "٪" to a following Arabic vowel mark).
    private static string Plain(string text) =>
        Marks().Replace(text.Normalize(NormalizationForm.FormKC), "");

    private static async Task KeepAsync(byte[] pdf)
    {
        if (Environment.GetEnvironmentVariable("PREPAREDNESS_SCREENSHOTS") is { Length: > 0 } folder)
        {
            Directory.CreateDirectory(folder);
            await File.WriteAllBytesAsync(Path.Combine(folder, "readiness-report.pdf"), pdf);
        }
    }

    [GeneratedRegex(@"[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\s]")]
    private static partial Regex Marks();

    [GeneratedRegex(@"/reports/readiness\?unit=\d+$")]
    private static partial Regex UnitReport();

    [GeneratedRegex(@"\d+\s?[٪%]")]
    private static partial Regex Percent();
}
