namespace Preparedness.Web.Features.Tasks;

public enum TaskSort
{
    DueOn,
    Priority,
    Status,
    LastUpdated,
    Title,
}

/// <summary>What the task list shows; every field is optional and they combine with AND.</summary>
public sealed record TaskFilter
{
    public TaskStatus? Status { get; init; }
    public int? OrganisationId { get; init; }
    public int? LocalUnitId { get; init; }
    public TaskCategory? Category { get; init; }
    public TaskPriority? Priority { get; init; }
    public bool Overdue { get; init; }
    public bool AtRisk { get; init; }
    public bool Stale { get; init; }
    public string? Text { get; init; }
}

public sealed record TaskPageRequest(int Page = 0, int PageSize = 25, TaskSort Sort = TaskSort.DueOn, bool Descending = false)
{
    public const int MaxPageSize = 100;
}

public sealed record TaskRow(
    int Id,
    string TitleAr,
    string TitleEn,
    int OrganisationId,
    string OrganisationNameAr,
    string OrganisationNameEn,
    int? LocalUnitId,
    string? UnitNameAr,
    string? UnitNameEn,
    TaskCategory Category,
    TaskPriority Priority,
    DateOnly DueOn,
    TaskStatus Status,
    MeasureKind Measure,
    decimal? Target,
    decimal Achieved,
    string? MeasureUnitAr,
    string? MeasureUnitEn,
    DateTimeOffset LastUpdatedAt,
    string LastUpdatedByName,
    bool Overdue,
    bool Stale)
{
    public bool IsDone => Status is TaskStatus.ReportedDone or TaskStatus.Verified;
}

public sealed record TaskPage(IReadOnlyList<TaskRow> Rows, int Total);
