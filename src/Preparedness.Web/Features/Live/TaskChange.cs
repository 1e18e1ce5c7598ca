using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Live;

public enum ChangeKind
{
    Progress,
    Created,
    Edited,
    Bulk,
}

/// <summary>
/// What one committed change did: ids, new values, who and when — never the whole entity.
/// Small enough for a PostgreSQL NOTIFY payload (8,000 bytes).
/// </summary>
public sealed record TaskChange(
    ChangeKind Kind,
    int GovernorateId,
    int? TaskId,
    int? OrganisationId,
    int? LocalUnitId,
    TaskCategory? Category,
    TaskStatus? Status,
    decimal? Achieved,
    decimal? Target,
    string? TitleAr,
    string? TitleEn,
    int Count,
    string ChangedBy,
    DateTimeOffset At)
{
    internal static TaskChange For(ChangeKind kind, ReadinessTask task) => new(
        kind,
        task.GovernorateId,
        task.Id,
        task.OrganisationId,
        task.LocalUnitId,
        task.Category,
        task.Status,
        task.Achieved,
        task.Target,
        task.TitleAr,
        task.TitleEn,
        1,
        task.LastUpdatedByName,
        task.LastUpdatedAt);
}
