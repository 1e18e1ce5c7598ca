using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Spreadsheets;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Spreadsheets.Import;

/// <summary>A filtered task list exported by the export's own writer and imported back changes nothing, in either format and language.</summary>
public sealed class RoundTripTests : DatabaseTest
{
    [Theory]
    [InlineData("csv", "en")]
    [InlineData("xlsx", "ar-EG")]
    [InlineData("xlsx", "en")]
    public async Task An_exported_filtered_task_list_imports_back_unchanged(string format, string culture)
    {
        await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150m; t.Achieved = 120.5m; t.UnitAr = "بالوعة"; t.UnitEn = "drains"; t.Status = Web.Features.Tasks.TaskStatus.InProgress; });
        await World.AddTaskAsync(t => { t.OrganisationId = World.EsnaCouncil.Id; t.LocalUnitId = World.Esna.Id; t.DescriptionAr = "=وصف يبدأ بعلامة يساوي"; t.LibraryCode = "T13"; });
        await World.AddTaskAsync(t => { t.TitleEn = "-starts like a formula"; t.Priority = TaskPriority.Critical; t.DueOn = World.Today.AddDays(-3); });
        await World.AddTaskAsync(t => { t.OrganisationId = World.LuxorHealth.Id; t.Category = TaskCategory.Health; });
        var file = await ExportAsync(format, culture, new TaskFilter { Category = TaskCategory.Drainage });

        var result = await Get<ImportService>().ApplyAsync(World.LuxorSecretariat, ImportKind.Tasks, World.Luxor.Id, file, new Uri("https://preparedness.example/"));

        Assert.Empty(result.Errors);
        Assert.Equal(3, result.Rows.Count);
        Assert.All(result.Rows, r => Assert.Equal(RowAction.Unchanged, r.Action));
        Assert.False(result.Applied);
        await using var db = Db();
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }

    private async Task<ImportFile> ExportAsync(string format, string culture, TaskFilter filter)
    {
        var rows = Get<TaskQueries>().StreamAsync(World.LuxorSecretariat, World.Luxor.Id, filter, new TaskPageRequest(), TaskSheet.MaxRows, TaskSheet.Project);
        var sheet = SheetData.Of(TaskSheet.Name, TaskSheet.Columns, rows);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = new CultureInfo(culture);
        try
        {
            if (format == "csv")
            {
                using var output = new MemoryStream();
                await SheetWriter.WriteCsvAsync(output, sheet, CancellationToken.None);
                return new ImportFile("tasks.csv", output.ToArray());
            }

            await using var xlsx = await SheetWriter.WriteXlsxAsync([sheet], Get<IStringLocalizer<Strings>>(), CancellationToken.None);
            return new ImportFile("tasks.xlsx", xlsx.ToArray());
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
