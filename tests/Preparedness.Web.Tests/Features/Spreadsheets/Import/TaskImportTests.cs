using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Spreadsheets.Import;

public sealed class TaskImportTests : DatabaseTest
{
    private const string Header = "id,library_code,title_ar,title_en,description_ar,description_en,organisation_code,unit_code,category,priority,due_on,storm_code,status,blocked_reason,measure,target,achieved,measure_unit_ar,measure_unit_en";

    private static readonly Uri Site = new("https://preparedness.example/");

    private ImportService Import => Get<ImportService>();

    [Fact]
    public async Task The_preview_counts_what_would_be_created_changed_and_left_alone_and_writes_nothing()
    {
        var same = await World.AddTaskAsync();
        var other = await World.AddTaskAsync();
        var file = ImportFiles.Csv(Header, Row(same), Row(other, priority: "High"), Row(null, title: "مهمة جديدة"));

        var preview = await Import.PreviewAsync(World.LuxorSecretariat, ImportKind.Tasks, World.Luxor.Id, file);

        Assert.Empty(preview.Errors);
        Assert.Equal((1, 1, 1), (preview.Count(RowAction.Create), preview.Count(RowAction.Change), preview.Count(RowAction.Unchanged)));
        var change = Assert.Single(preview.Rows.Single(r => r.Action == RowAction.Change).Changes);
        Assert.Equal(new FieldDiff("priority", "Normal", "High"), change);
        Assert.Equal(3, preview.Rows.Single(r => r.Action == RowAction.Change).Row);
        await using var db = Db();
        Assert.Equal(2, await db.Tasks.CountAsync());
        Assert.Equal(TaskPriority.Normal, (await db.Tasks.SingleAsync(t => t.Id == other.Id)).Priority);
    }

    [Fact]
    public async Task A_bad_row_is_named_by_row_and_column_and_nothing_of_the_file_is_written()
    {
        var task = await World.AddTaskAsync();
        var file = ImportFiles.Csv(Header, Row(task, priority: "High"), Row(null, title: "جديدة"), Row(null, due: "2026-13-45"), Row(null, organisation: "nobody"));

        var result = await Import.ApplyAsync(World.LuxorSecretariat, ImportKind.Tasks, World.Luxor.Id, file, Site);

        Assert.False(result.Applied);
        Assert.Equal(
            [new ImportError("tasks", 4, "due_on", "Import.DateInvalid"), new ImportError("tasks", 5, "organisation_code", "Validation.OrganisationInvalid")],
            result.Errors);
        await using var db = Db();
        Assert.Equal(1, await db.Tasks.CountAsync());
        Assert.Equal(TaskPriority.Normal, (await db.Tasks.SingleAsync()).Priority);
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task The_same_file_twice_changes_nothing_the_second_time()
    {
        var task = await World.AddTaskAsync();
        var file = ImportFiles.Csv(Header, Row(task, priority: "Critical"), Row(null, title: "مهمة جديدة", target: "١٥٠", due: "٢٠٢٦-١٢-٠١", measure: "Quantity"));

        var first = await Import.ApplyAsync(World.LuxorSecretariat, ImportKind.Tasks, World.Luxor.Id, file, Site);
        await using var db = Db();
        var audit = await db.AuditEvents.CountAsync();
        var history = await db.TaskHistory.CountAsync();
        var createdId = await db.Tasks.MaxAsync(t => t.Id);
        var again = ImportFiles.Csv(Header, Row(task, priority: "Critical"), Row(null, title: "مهمة جديدة", target: "150", due: "2026-12-01", measure: "Quantity", id: createdId));
        var second = await Import.ApplyAsync(World.LuxorSecretariat, ImportKind.Tasks, World.Luxor.Id, again, Site);

        Assert.True(first.Applied);
        Assert.Equal((1, 1), (first.Count(RowAction.Create), first.Count(RowAction.Change)));
        Assert.False(second.Applied);
        Assert.All(second.Rows, r => Assert.Equal(RowAction.Unchanged, r.Action));
        Assert.Equal((audit, history, 2), (await db.AuditEvents.CountAsync(), await db.TaskHistory.CountAsync(), await db.Tasks.CountAsync()));
        var created = await db.Tasks.SingleAsync(t => t.Id == createdId);
        Assert.Equal((150m, new DateOnly(2026, 12, 1), World.LuxorPlan.Id), (created.Target, created.DueOn, created.PlanId));
        Assert.Equal(2, await db.AuditEvents.CountAsync(a => a.Note == "import"));
    }

    [Fact]
    public async Task A_task_of_another_governorate_is_not_found_by_its_id()
    {
        var alexandria = await World.AddTaskAsync(t => { t.GovernorateId = World.Alexandria.Id; t.OrganisationId = World.AlexWater.Id; });

        var result = await Import.PreviewAsync(World.LuxorSecretariat, ImportKind.Tasks, World.Luxor.Id, ImportFiles.Csv(Header, Row(alexandria)));

        Assert.Equal(new ImportError("tasks", 2, "id", "Import.TaskNotFound"), Assert.Single(result.Errors));
    }

    private string Row(ReadinessTask? task, string? priority = null, string? title = null, string? due = null, string? organisation = null, string? target = null, string? measure = null, int? id = null) =>
        string.Join(',',
            (id ?? task?.Id)?.ToString(CultureInfo.InvariantCulture) ?? "", "", title ?? task?.TitleAr ?? "مهمة", task?.TitleEn ?? "New task", "", "",
            organisation ?? "water", "", (task?.Category ?? TaskCategory.Drainage).ToString(), priority ?? "Normal",
            due ?? (task?.DueOn ?? World.Today.AddDays(20)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), "", "NotStarted", "",
            measure ?? "DoneOrNot", target ?? "", "0", "", "");
}
