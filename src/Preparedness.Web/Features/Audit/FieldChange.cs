namespace Preparedness.Web.Features.Audit;

/// <summary>One field's old and new value, as the audit trail and a task's history record it.</summary>
public sealed class FieldChange
{
    public required string Field { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
}
