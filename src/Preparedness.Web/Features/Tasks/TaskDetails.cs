using Preparedness.Web.Features.Tasks.Storms;
using Preparedness.Web.Features.Tasks.Library;

namespace Preparedness.Web.Features.Tasks;

/// <summary>A task as its page shows it, with the version a save must match.</summary>
public sealed record TaskDetails(
    int Id,
    int GovernorateId,
    string PlanNameAr,
    string PlanNameEn,
    int OrganisationId,
    string OrganisationNameAr,
    string OrganisationNameEn,
    int? LocalUnitId,
    string? UnitNameAr,
    string? UnitNameEn,
    string? LibraryCode,
    string TitleAr,
    string TitleEn,
    string? DescriptionAr,
    string? DescriptionEn,
    TaskCategory Category,
    TaskPriority Priority,
    DateOnly DueOn,
    StormWindow? Storm,
    TaskStatus Status,
    string? BlockedReason,
    MeasureKind Measure,
    decimal? Target,
    decimal Achieved,
    string? MeasureUnitAr,
    string? MeasureUnitEn,
    string? LatestNote,
    string? ReviewComment,
    DateTimeOffset LastUpdatedAt,
    string LastUpdatedByName,
    decimal Progress,
    bool Overdue,
    bool Stale,
    uint Version,
    IReadOnlyList<TaskHistoryEntry> History,
    bool PlanClosed = false,
    Lesson Lesson = Lesson.None,
    string? LessonNote = null,
    int? StormLeadDays = null)
{
    public bool IsDone => Status is TaskStatus.ReportedDone or TaskStatus.Verified;

    public string? StormCode => Storm?.Storm.Code;

    public bool DueAfterStormOpens => Storm is { } window && StormDeadline.DueAfterWindowOpens(DueOn, window);

    internal static TaskDetails From(ReadinessTask t, IReadOnlyList<TaskHistoryEntry> history, ReadinessScore.Moment m, StormWindow? storm) => new(
        t.Id,
        t.GovernorateId,
        t.Plan?.NameAr ?? "",
        t.Plan?.NameEn ?? "",
        t.OrganisationId,
        t.Organisation?.NameAr ?? "",
        t.Organisation?.NameEn ?? "",
        t.LocalUnitId,
        t.LocalUnit?.NameAr,
        t.LocalUnit?.NameEn,
        t.LibraryCode,
        t.TitleAr,
        t.TitleEn,
        t.DescriptionAr,
        t.DescriptionEn,
        t.Category,
        t.Priority,
        t.DueOn,
        storm,
        t.Status,
        t.BlockedReason,
        t.Measure,
        t.Target,
        t.Achieved,
        t.UnitAr,
        t.UnitEn,
        t.LatestNote,
        t.ReviewComment,
        t.LastUpdatedAt,
        t.LastUpdatedByName,
        ReadinessScore.Progress(t),
        !t.IsDone && t.DueOn < m.Today,
        !t.IsDone && t.LastUpdatedAt < m.StaleBefore,
        t.Version,
        history,
        t.Plan?.IsClosed ?? false,
        t.Lesson,
        t.LessonNote,
        StormDeadline.StormLead(t.LibraryItem));
}
