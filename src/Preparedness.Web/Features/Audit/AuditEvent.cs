using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Audit;

/// <summary>
/// One thing that happened: a change of data, a sign-in, a failed sign-in, a sign-out. Written once in
/// the same transaction as the change it records; the database refuses to update or delete it.
/// </summary>
public sealed class AuditEvent
{
    public long Id { get; set; }
    public DateTimeOffset At { get; set; }

    /// <summary>Null for an anonymous event such as a failed sign-in with an unknown user name.</summary>
    public string? UserId { get; set; }
    public string UserName { get; set; } = "";
    public string? IpAddress { get; set; }

    /// <summary>A stable action name, e.g. "task.progress", "task.verified", "account.signin-failed".</summary>
    public required string Action { get; set; }
    public required string EntityType { get; set; }
    public string? EntityId { get; set; }

    /// <summary>Set when the event belongs to one governorate, so the secretariat sees its own.</summary>
    public int? GovernorateId { get; set; }
    public List<FieldChange> Changes { get; set; } = [];
    public string? Note { get; set; }
}
