using Preparedness.Web.Features.Live;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.Tasks;

public enum ChangeKind
{
    Progress,
    Created,
    Edited,
    Bulk,
}

/// <summary>
/// What one committed change did: ids, new values, who and when — never the whole entity.
/// Announced by the services that change tasks; small enough for a PostgreSQL NOTIFY payload.
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
    DateTimeOffset At) : ILiveChange
{
    public string? Scope => LiveScope.Governorate(GovernorateId);

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
