using System.Globalization;
using System.IO.Compression;
using System.Text;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Spreadsheets;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Spreadsheets;

public sealed class TaskSheetTests : DatabaseTest
{
    private TaskQueries Queries => Get<TaskQueries>();

    [Fact]
    public async Task The_export_holds_exactly_the_lists_rows_for_the_same_filter_in_the_same_order()
    {
        for (var i = 0; i < 8; i++)
        {
            var day = i;
            await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(day - 4); t.OrganisationId = day % 2 == 0 ? World.LuxorWater.Id : World.LuxorHealth.Id; });
        }

        await World.AddTaskAsync(t => { t.OrganisationId = World.AlexWater.Id; t.GovernorateId = World.Alexandria.Id; t.PlanId = World.AlexPlan.Id; });
        var filter = new TaskFilter { OrganisationId = World.LuxorWater.Id, Overdue = true };
        var order = new TaskPageRequest(0, TaskPageRequest.MaxPageSize, TaskSort.DueOn, Descending: true);

        var listed = (await Queries.ListAsync(World.LuxorSecretariat, World.Luxor.Id, filter, order)).Rows.Select(r => r.Id);
        var exported = await Queries.StreamAsync(World.LuxorSecretariat, World.Luxor.Id, filter, order, TaskSheet.MaxRows, TaskSheet.Project)
            .Select(r => r.Id).ToListAsync();

        Assert.Equal(2, exported.Count);
        Assert.Equal(listed, exported);
    }

    [Fact]
    public async Task Another_governorates_secretariat_is_refused_before_a_row_is_read()
    {
        await World.AddTaskAsync();

        Assert.Throws<Web.Features.Accounts.AccessDeniedException>(() =>
            Queries.StreamAsync(World.AlexSecretariat, World.Luxor.Id, new TaskFilter(), new TaskPageRequest(), TaskSheet.MaxRows, TaskSheet.Project));
    }

    [Fact]
    public async Task A_title_that_would_start_a_formula_is_defused_in_csv_and_stays_text_in_xlsx()
    {
        var task = await World.AddTaskAsync(t => { t.TitleEn = "=HYPERLINK(\"http://evil.example\",\"x\")"; t.TitleAr = "-2+3"; t.Target = 150m; t.Achieved = 120.5m; t.Measure = MeasureKind.Quantity; });

        var csv = Encoding.UTF8.GetString(await CsvAsync());
        var rows = await XlsxRowsAsync("en");

        Assert.StartsWith("\uFEFFid,library_code,title_ar,title_en,", csv);
        Assert.Contains(",'-2+3,", csv);
        Assert.Contains(",\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",", csv);
        Assert.Contains(",150,120.5,", csv);
        Assert.Contains($",{World.Today.AddDays(30).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)},", csv);
        var row = Assert.Single(rows.Skip(1));
        Assert.Equal(task.Id.ToString(CultureInfo.InvariantCulture), Convert.ToString(row["id"], CultureInfo.InvariantCulture));
        Assert.Equal("=HYPERLINK(\"http://evil.example\",\"x\")", row["title_en"]);
        Assert.Equal("-2+3", row["title_ar"]);
        Assert.Equal(World.LuxorWater.Code, row["organisation_code"]);
        Assert.DoesNotContain("<x:f>", await SheetXmlAsync("en"), StringComparison.Ordinal);
        Assert.DoesNotContain("<f>", await SheetXmlAsync("en"), StringComparison.Ordinal);
        Assert.Equal("=HYPERLINK(1)", SheetCell.Restore(SheetCell.Defuse("=HYPERLINK(1)")));
        Assert.Equal("'quoted", SheetCell.Restore(SheetCell.Defuse("'quoted")));
    }

    [Fact]
    public async Task The_xlsx_has_the_keys_then_the_titles_in_the_readers_language_and_reads_right_to_left_in_arabic()
    {
        var tasks = new[] { await World.AddTaskAsync(), await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(40)) };

        var arabic = await XlsxRowsAsync("ar-EG");
        var english = await XlsxRowsAsync("en");

        Assert.Equal(TaskSheet.Columns.Select(c => c.Key), arabic[0].Keys);
        Assert.Equal("العنوان (عربي)", arabic[0]["title_ar"]);
        Assert.Equal("Title (Arabic)", english[0]["title_ar"]);
        Assert.Equal(tasks.Select(t => t.Id), arabic.Skip(1).Select(r => Convert.ToInt32(r["id"], CultureInfo.InvariantCulture)));
        Assert.Contains("rightToLeft=\"1\"", await SheetXmlAsync("ar-EG"), StringComparison.Ordinal);
        Assert.DoesNotContain("rightToLeft=\"1\"", await SheetXmlAsync("en"), StringComparison.Ordinal);
    }

    private SheetData Sheet() => SheetData.Of(TaskSheet.Name, TaskSheet.Columns,
        Queries.StreamAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter(), new TaskPageRequest(), TaskSheet.MaxRows, TaskSheet.Project));

    private async Task<byte[]> CsvAsync()
    {
        using var output = new MemoryStream();
        await SheetWriter.WriteCsvAsync(output, Sheet(), CancellationToken.None);
        return output.ToArray();
    }

    private async Task<MemoryStream> XlsxAsync(string culture)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            return await SheetWriter.WriteXlsxAsync([Sheet()], Get<IStringLocalizer<Strings>>(), CancellationToken.None);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private async Task<List<IDictionary<string, object?>>> XlsxRowsAsync(string culture)
    {
        await using var file = await XlsxAsync(culture);
        return [.. file.Query(useHeaderRow: true, sheetName: TaskSheet.Name).Cast<IDictionary<string, object?>>()];
    }

    private async Task<string> SheetXmlAsync(string culture)
    {
        await using var file = await XlsxAsync(culture);
        using var zip = new ZipArchive(file);
        using var reader = new StreamReader(zip.GetEntry("xl/worksheets/sheet1.xml")!.Open());
        return await reader.ReadToEndAsync();
    }
}
