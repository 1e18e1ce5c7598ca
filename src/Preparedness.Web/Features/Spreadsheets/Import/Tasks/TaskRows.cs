using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Spreadsheets.Import.Tasks;

/// <summary>Reads one task row into the form's <see cref="TaskDraft"/>, checks it, and applies it to its task (a new one or the one its id names).</summary>
internal sealed class TaskRows(int governorateId, TaskPlaces places, IReadOnlyDictionary<int, ReadinessTask> existing, Func<string?, DateOnly?> stormDueOn, ImportPlan plan)
{
    private static readonly Dictionary<string, string> ColumnOf = new()
    {
        ["Validation.TitleRequired"] = "title_ar",
        ["Validation.TextTooLong"] = "title_ar",
        ["Validation.OrganisationRequired"] = "organisation_code",
        ["Validation.DueDateRequired"] = "due_on",
        ["Validation.ChoiceInvalid"] = "category",
        ["Validation.TargetInvalid"] = "target",
    };

    private readonly HashSet<int> seen = [];

    public sealed record Change(ReadinessTask Task, List<FieldChange> Changes);

    public Change? Read(ImportRow source)
    {
        var row = new RowReader(TaskSheet.Name, source, plan.Errors);
        var errors = plan.Errors.Count;
        var id = row.Integer("id");
        var task = id is { } known ? existing.GetValueOrDefault(known) : null;
        if (id is { } given && task is null) row.Fail("id", "Import.TaskNotFound");
        if (id is { } repeated && !seen.Add(repeated)) row.Fail("id", "Import.DuplicateKey");

        var draft = new TaskDraft
        {
            TitleAr = row.Text("title_ar", 400) ?? "", TitleEn = row.Text("title_en", 400) ?? "",
            DescriptionAr = row.Text("description_ar", 4000), DescriptionEn = row.Text("description_en", 4000),
            OrganisationId = Place("organisation_code", places.Organisation, task?.OrganisationId, row, "Validation.OrganisationInvalid"),
            LocalUnitId = Place("unit_code", places.Unit, task?.LocalUnitId, row, "Validation.LocalUnitInvalid"),
            Category = row.Choice<TaskCategory>("category", required: true) ?? TaskCategory.Planning,
            Priority = row.Choice<TaskPriority>("priority", required: true) ?? TaskPriority.Normal,
            StormCode = row.Text("storm_code", 40),
            Measure = row.Choice<MeasureKind>("measure", required: true) ?? MeasureKind.DoneOrNot,
            Target = row.Decimal("target"),
            UnitAr = row.Text("measure_unit_ar", 60), UnitEn = row.Text("measure_unit_en", 60),
        };
        draft.DueOn = row.Date("due_on") ?? (plan.Errors.Count == errors ? stormDueOn(draft.StormCode) : null);
        if (draft.StormCode is { } storm && !places.IsStorm(storm)) row.Fail("storm_code", "Validation.StormInvalid");
        var failed = plan.Errors.Skip(errors).Select(e => e.Column).ToHashSet();
        foreach (var error in draft.Validate().Distinct().Where(e => !failed.Contains(ColumnOf.GetValueOrDefault(e, "title_ar"))))
        {
            row.Fail(ColumnOf.GetValueOrDefault(error, "title_ar"), error);
        }

        var libraryCode = row.Text("library_code", 20);
        if (plan.Errors.Count > errors) return null;

        var before = task is null ? null : Sheet(task);
        task ??= new ReadinessTask { TitleAr = "", TitleEn = "", GovernorateId = governorateId, LibraryCode = libraryCode };
        var changes = TaskDraftChanges.Apply(task, draft);
        plan.Add(TaskSheet.Name, source.Number, task.Id == 0 ? task.TitleAr : $"{task.Id}", TaskSheet.Columns, before, Sheet(task));
        return changes.Count > 0 ? new Change(task, changes) : null;
    }

    private static int? Place(string column, Func<string, int?, int?> find, int? kept, RowReader row, string error)
    {
        if (row.Text(column, 60) is not { } code) return null;
        var id = find(code, kept);
        if (id is null) row.Fail(column, error);
        return id;
    }

    /// <summary>The task as the export writes it; progress columns stay as they are, since the import does not set them.</summary>
    private TaskSheetRow Sheet(ReadinessTask t) => new(
        t.Id, t.LibraryCode, t.TitleAr, t.TitleEn, t.DescriptionAr, t.DescriptionEn, places.OrganisationCode(t.OrganisationId), places.UnitCode(t.LocalUnitId),
        t.Category, t.Priority, t.DueOn, t.StormCode, t.Id == 0 ? TaskStatus.NotStarted : t.Status, t.BlockedReason, t.Measure, t.Target, t.Achieved, t.UnitAr, t.UnitEn);
}
