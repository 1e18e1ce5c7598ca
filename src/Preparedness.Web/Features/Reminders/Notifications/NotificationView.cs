using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>A notification with what its text needs, as the bell, the list and the email show it.</summary>
public sealed record NotificationView(
    long Id,
    ReminderKind Kind,
    DateTimeOffset CreatedAt,
    DateTimeOffset? ReadAt,
    int GovernorateId,
    string GovernorateNameAr,
    string GovernorateNameEn,
    int? TaskId,
    string? TaskTitleAr,
    string? TaskTitleEn,
    int? OrganisationId,
    string? OrganisationNameAr,
    string? OrganisationNameEn,
    int? Days,
    DateOnly? DueOn,
    string? StormCode,
    DateOnly? StormExpectedOn,
    string? SentByName,
    string? Payload)
{
    public bool IsRead => ReadAt is not null;
}

internal static class NotificationViews
{
    /// <summary>Joins what a notification's text needs; the task and organisation are absent for a digest.</summary>
    public static IQueryable<NotificationView> ToViews(this IQueryable<Notification> notifications, PreparednessDbContext db) =>
        from n in notifications
        join o in db.ReminderOccurrences on n.OccurrenceId equals o.Id
        join g in db.Governorates on o.GovernorateId equals g.Id
        join t in db.Tasks on o.TaskId equals t.Id into tasks
        from t in tasks.DefaultIfEmpty()
        join org in db.Organisations on o.OrganisationId equals org.Id into organisations
        from org in organisations.DefaultIfEmpty()
        select new NotificationView(
            n.Id,
            o.Kind,
            n.CreatedAt,
            n.ReadAt,
            o.GovernorateId,
            g.NameAr,
            g.NameEn,
            o.TaskId,
            t == null ? null : t.TitleAr,
            t == null ? null : t.TitleEn,
            o.OrganisationId,
            org == null ? null : org.NameAr,
            org == null ? null : org.NameEn,
            o.Days,
            o.DueOn,
            o.StormCode,
            o.StormExpectedOn,
            o.SentByName,
            o.Payload);
}
