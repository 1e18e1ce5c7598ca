using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders.Notifications;

namespace Preparedness.Web.Features.Reminders.Deliveries;

/// <summary>Filters of the delivery log; null means any.</summary>
public sealed record DeliveryFilter(DeliveryChannel? Channel = null, DeliveryStatus? Status = null, ReminderKind? Kind = null, string? Recipient = null);

/// <summary>One line of "who was told what, when": a delivery with its notification and recipient.</summary>
public sealed record DeliveryRow(
    long Id,
    NotificationView Notification,
    string RecipientName,
    string? RecipientEmail,
    DeliveryChannel Channel,
    DeliveryStatus Status,
    string? Address,
    int Attempts,
    string? LastError,
    DateTimeOffset CreatedAt,
    DateTimeOffset? LastAttemptAt,
    DateTimeOffset? NextAttemptAt,
    DateTimeOffset? SentAt);

public sealed record DeliveryPage(IReadOnlyList<DeliveryRow> Rows, int Total);

/// <summary>The secretariat's record of every notification's delivery in its governorate, newest first.</summary>
internal sealed class DeliveryLog(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    public async Task<DeliveryPage> ListAsync(Actor actor, int governorateId, DeliveryFilter filter, int page, int pageSize, CancellationToken ct = default)
    {
        if (!actor.CanReadDeliveryLog(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read the delivery log of governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var deliveries =
            from d in db.NotificationDeliveries.AsNoTracking()
            join n in db.Notifications on d.NotificationId equals n.Id
            join o in db.ReminderOccurrences on n.OccurrenceId equals o.Id
            join u in db.Users on n.RecipientUserId equals u.Id
            where o.GovernorateId == governorateId
            select new { d, n, o.Kind, u.DisplayName, u.Email };
        if (filter.Channel is { } channel) deliveries = deliveries.Where(x => x.d.Channel == channel);
        if (filter.Status is { } status) deliveries = deliveries.Where(x => x.d.Status == status);
        if (filter.Kind is { } kind) deliveries = deliveries.Where(x => x.Kind == kind);
        if (!string.IsNullOrWhiteSpace(filter.Recipient))
        {
            var pattern = "%" + filter.Recipient.Trim().Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
            deliveries = deliveries.Where(x => EF.Functions.ILike(x.DisplayName, pattern) || EF.Functions.ILike(x.Email!, pattern));
        }

        var total = await deliveries.CountAsync(ct);
        var rows = await deliveries
            .OrderByDescending(x => x.d.Id)
            .Skip(Math.Max(0, page) * pageSize)
            .Take(Math.Clamp(pageSize, 1, 200))
            .Select(x => new { x.d, x.DisplayName, x.Email, x.n.Id })
            .ToListAsync(ct);
        var ids = rows.Select(r => r.Id).Distinct().ToList();
        var views = await db.Notifications.AsNoTracking().Where(n => ids.Contains(n.Id)).ToViews(db).ToDictionaryAsync(v => v.Id, ct);
        return new DeliveryPage(
            [.. rows.Select(r => new DeliveryRow(
                r.d.Id, views[r.Id], r.DisplayName, r.Email, r.d.Channel, r.d.Status, r.d.Address, r.d.Attempts,
                r.d.LastError, r.d.CreatedAt, r.d.LastAttemptAt, r.d.NextAttemptAt, r.d.SentAt))],
            total);
    }
}
