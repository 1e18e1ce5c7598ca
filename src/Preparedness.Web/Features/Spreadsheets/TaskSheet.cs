using System.Linq.Expressions;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Spreadsheets;

internal sealed record TaskSheetRow(
    int Id, string? LibraryCode, string TitleAr, string TitleEn, string? DescriptionAr, string? DescriptionEn,
    string OrganisationCode, string? UnitCode, TaskCategory Category, TaskPriority Priority, DateOnly DueOn, string? StormCode,
    TaskStatus Status, string? BlockedReason, MeasureKind Measure, decimal? Target, decimal Achieved, string? MeasureUnitAr, string? MeasureUnitEn);

/// <summary>
/// The task sheet's columns, defined once for the export and the import that will read an edited file back.
/// <c>id</c> matches an existing task (empty: a new one); organisations, units and storms are referred to by
/// code, category, priority, status and measure by their English enum names, dates as yyyy-MM-dd.
/// Layout: row 1 the keys; in .xlsx row 2 the titles in the reader's language (the import skips it);
/// then one row per task.
/// </summary>
internal static class TaskSheet
{
    public const string Name = "tasks";

    /// <summary>A governorate's plan holds about 4,000 tasks; a file larger than this helps nobody.</summary>
    public const int MaxRows = 20_000;

    public static readonly Expression<Func<ReadinessTask, TaskSheetRow>> Project = t => new TaskSheetRow(
        t.Id, t.LibraryCode, t.TitleAr, t.TitleEn, t.DescriptionAr, t.DescriptionEn,
        t.Organisation!.Code, t.LocalUnit == null ? null : t.LocalUnit.Code, t.Category, t.Priority, t.DueOn, t.StormCode,
        t.Status, t.BlockedReason, t.Measure, t.Target, t.Achieved, t.UnitAr, t.UnitEn);

    public static readonly IReadOnlyList<SheetColumn<TaskSheetRow>> Columns =
    [
        new("id", r => r.Id),
        new("library_code", r => r.LibraryCode),
        new("title_ar", r => r.TitleAr),
        new("title_en", r => r.TitleEn),
        new("description_ar", r => r.DescriptionAr),
        new("description_en", r => r.DescriptionEn),
        new("organisation_code", r => r.OrganisationCode),
        new("unit_code", r => r.UnitCode),
        new("category", r => r.Category),
        new("priority", r => r.Priority),
        new("due_on", r => r.DueOn),
        new("storm_code", r => r.StormCode),
        new("status", r => r.Status),
        new("blocked_reason", r => r.BlockedReason),
        new("measure", r => r.Measure),
        new("target", r => r.Target),
        new("achieved", r => r.Achieved),
        new("measure_unit_ar", r => r.MeasureUnitAr),
        new("measure_unit_en", r => r.MeasureUnitEn),
    ];
}
