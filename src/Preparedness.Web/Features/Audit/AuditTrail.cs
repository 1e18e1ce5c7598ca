using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Audit;

/// <summary>Adds audit rows to the caller's unit of work, so they commit (or roll back) with the change.</summary>
internal static class AuditTrail
{
    public static AuditEvent Record(
        this PreparednessDbContext db,
        Actor actor,
        DateTimeOffset at,
        string action,
        string entityType,
        string? entityId,
        int? governorateId,
        IEnumerable<FieldChange>? changes = null,
        string? note = null) =>
        db.AuditEvents.Add(new AuditEvent
        {
            At = at,
            UserId = actor.UserId,
            UserName = actor.Name,
            IpAddress = actor.Address,
            Action = action,
            EntityType = entityType,
            EntityId = entityId,
            GovernorateId = governorateId,
            // Copies: the same changes usually go to the task's history too, and EF Core must not track one
            // object as part of two owners ("tracked as different entity types").
            Changes = changes?.Select(c => new FieldChange { Field = c.Field, From = c.From, To = c.To }).ToList() ?? [],
            Note = note,
        }).Entity;
}
