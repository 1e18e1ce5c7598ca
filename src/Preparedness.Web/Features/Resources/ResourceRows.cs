using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Resources;

/// <summary>A minimum level on screen: its gap (from <see cref="ResourceGaps"/>) and the task made to close it, if any.</summary>
public sealed record GapRow(
    int MinimumId, int LocalUnitId, string UnitNameAr, string UnitNameEn, int ResourceTypeId, string TypeNameAr, string TypeNameEn,
    HazardScenario Scenario, int Minimum, int Working, int Gap, int NotReported, int? TaskId = null, TaskStatus? TaskStatus = null)
{
    /// <summary>A task still being worked on closes this gap already; a verified one no longer does.</summary>
    public bool HasOpenTask => TaskId is not null && TaskStatus is not Tasks.TaskStatus.Verified;
}

/// <summary>One entry on screen; <see cref="NotReported"/> entries show their last numbers greyed and count for nothing.</summary>
public sealed record StockRow(
    int Id, int OrganisationId, string OrganisationNameAr, string OrganisationNameEn, int LocalUnitId, string UnitNameAr, string UnitNameEn,
    int ResourceTypeId, string TypeNameAr, string TypeNameEn, bool HasCapacity, int QuantityHeld, int QuantityWorking, int? Capacity,
    string? Location, DateTimeOffset LastCheckedAt, string LastCheckedByName, bool NotReported, uint Version);

/// <summary>The dashboard's resources panel and the report's section: the gaps, largest first, and the counts.</summary>
public sealed record ResourceFigures(int Entries, int NotReported, int GapCount, int GapTotal, IReadOnlyList<GapRow> Gaps, DateTimeOffset ComputedAt)
{
    public const int MaxGapsShown = 50;
}

public sealed record ResourceTypeRow(int Id, string Code, string NameAr, string NameEn, bool HasCapacity, bool IsActive);

/// <summary>The gap a task was made to close, as it stands now.</summary>
public sealed record TaskGap(GapRow Gap, int GapAtCreation);
