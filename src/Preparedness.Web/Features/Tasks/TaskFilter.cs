using Preparedness.Web.Features.Tasks.Storms;

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

    /// <summary>Only work still to do: neither reported done nor verified.</summary>
    public bool OpenOnly { get; init; }
    public int? OrganisationId { get; init; }
    public int? LocalUnitId { get; init; }
    public TaskCategory? Category { get; init; }
    public TaskPriority? Priority { get; init; }
    public bool Overdue { get; init; }
    public bool AtRisk { get; init; }
    public bool Stale { get; init; }
    public string? Text { get; init; }

    /// <summary>Tasks tied to this named storm (a code from the storm calendar).</summary>
    public string? StormCode { get; init; }

    /// <summary>A season of the governorate to read instead of the current one ("?season="); another governorate's is ignored.</summary>
    public int? PlanId { get; init; }

    /// <summary>The one organisation whose tasks the list may hold: set from the actor by <see cref="TaskScope"/>, never from the address.</summary>
    public int? OwnOrganisationId { get; init; }
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
    bool Stale,
    string? StormCode = null)
{
    public bool IsDone => Status is TaskStatus.ReportedDone or TaskStatus.Verified;

    /// <summary>The window of the task's storm in its plan's season, filled in after the query.</summary>
    public StormWindow? Storm { get; init; }

    public bool DueAfterStormOpens => Storm is { } window && StormDeadline.DueAfterWindowOpens(DueOn, window);
}

public sealed record TaskPage(IReadOnlyList<TaskRow> Rows, int Total);
