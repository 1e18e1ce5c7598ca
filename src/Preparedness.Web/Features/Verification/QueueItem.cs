using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Evidence;

namespace Preparedness.Web.Features.Verification;

/// <summary>
/// A task awaiting verification as the reviewer triages it: its latest photo, who reported it and since
/// when it has waited (its last update: reporting done), and whether a photo predates the task.
/// </summary>
public sealed record QueueItem(TaskRow Task, IReadOnlyList<EvidenceItem> Evidence)
{
    public int Id => Task.Id;

    public DateTimeOffset WaitingSince => Task.LastUpdatedAt;

    public string ReportedBy => Task.LastUpdatedByName;

    /// <summary>The newest photo: what was attached with the report.</summary>
    public EvidenceItem? Photo => Evidence.LastOrDefault(e => e.IsPhoto && e.HasThumbnail);

    public bool AnyTakenBeforeTask => Evidence.Any(e => e.TakenBeforeTask);

    internal static QueueItem From(TaskRow row, IReadOnlyList<EvidenceItem> evidence) => new(row, evidence);
}
