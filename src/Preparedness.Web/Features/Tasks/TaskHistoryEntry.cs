using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Tasks;

public enum HistoryKind
{
    Created,
    Edited,
    Progress,
    Verified,
    Returned,
}

/// <summary>One change of a task: written once, never updated or deleted.</summary>
public sealed class TaskHistoryEntry
{
    public long Id { get; set; }
    public int TaskId { get; set; }
    public DateTimeOffset At { get; set; }
    public string? UserId { get; set; }
    public required string UserName { get; set; }
    public HistoryKind Kind { get; set; }
    public List<FieldChange> Changes { get; set; } = [];
    public string? Note { get; set; }

    /// <summary>The key of the save that wrote this entry (made when its form opened): a repeated save is recorded once.</summary>
    public Guid? IdempotencyKey { get; set; }
}
