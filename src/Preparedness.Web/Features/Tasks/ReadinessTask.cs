using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Plans;

namespace Preparedness.Web.Features.Tasks;

internal sealed class ReadinessTask
{
    public int Id { get; set; }
    public int PlanId { get; set; }
    public SeasonPlan? Plan { get; set; }

    /// <summary>Copied from the plan so that every governorate-scoped query filters one indexed column.</summary>
    public int GovernorateId { get; set; }
    public int OrganisationId { get; set; }
    public Organisation? Organisation { get; set; }
    public int? LocalUnitId { get; set; }
    public LocalUnit? LocalUnit { get; set; }

    /// <summary>The task-library entry this task was created from (e.g. "T13"), if any.</summary>
    public string? LibraryCode { get; set; }

    /// <summary>The library revision the task was made from: later edits of the library leave this task as it was.</summary>
    public int? LibraryItemId { get; set; }
    public Library.LibraryItem? LibraryItem { get; set; }

    /// <summary>What went wrong with this work last season (returned, finished late, unfinished), shown on the task page.</summary>
    public Lesson Lesson { get; set; }

    /// <summary>The lesson's detail: the reviewer's comment, or how late it finished.</summary>
    public string? LessonNote { get; set; }
    public required string TitleAr { get; set; }
    public required string TitleEn { get; set; }
    public string? DescriptionAr { get; set; }
    public string? DescriptionEn { get; set; }
    public TaskCategory Category { get; set; }
    public TaskPriority Priority { get; set; } = TaskPriority.Normal;
    public DateOnly DueOn { get; set; }

    /// <summary>The named storm (Alexandria's نوات) the task must be ready for, if any: a code from <see cref="Storms.StormCalendar"/>.</summary>
    public string? StormCode { get; set; }

    public TaskStatus Status { get; set; } = TaskStatus.NotStarted;
    public string? BlockedReason { get; set; }
    public MeasureKind Measure { get; set; } = MeasureKind.DoneOrNot;
    public decimal? Target { get; set; }
    public decimal Achieved { get; set; }
    public string? UnitAr { get; set; }
    public string? UnitEn { get; set; }
    public string? LatestNote { get; set; }

    /// <summary>The reviewer's last word: why it was returned, or the note it was verified with.</summary>
    public string? ReviewComment { get; set; }

    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset LastUpdatedAt { get; set; }
    public string? LastUpdatedById { get; set; }
    public string LastUpdatedByName { get; set; } = "";

    /// <summary>Titles, descriptions and library code folded by <see cref="SearchText"/>; organisation and unit names are matched live (<see cref="SearchWords"/>).</summary>
    public string SearchText { get; set; } = "";

    /// <summary>PostgreSQL's xmin: a stale save throws instead of overwriting.</summary>
    public uint Version { get; set; }

    public List<TaskHistoryEntry> History { get; set; } = [];

    public bool IsDone => Status is TaskStatus.ReportedDone or TaskStatus.Verified;

    public void RefreshSearchText() =>
        SearchText = Tasks.SearchText.Fold($"{TitleAr} {TitleEn} {DescriptionAr} {DescriptionEn} {LibraryCode}");
}
