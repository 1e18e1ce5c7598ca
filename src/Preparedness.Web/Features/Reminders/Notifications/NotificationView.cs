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
    public static IQueryable<NotificationView> ToViews(this IQueryable<Notification> notifications) =>
        notifications.Select(n => new NotificationView(
            n.Id,
            n.Occurrence!.Kind,
            n.CreatedAt,
            n.ReadAt,
            n.Occurrence.GovernorateId,
            n.Occurrence.Governorate!.NameAr,
            n.Occurrence.Governorate.NameEn,
            n.Occurrence.TaskId,
            n.Occurrence.Task == null ? null : n.Occurrence.Task.TitleAr,
            n.Occurrence.Task == null ? null : n.Occurrence.Task.TitleEn,
            n.Occurrence.OrganisationId,
            n.Occurrence.Organisation == null ? null : n.Occurrence.Organisation.NameAr,
            n.Occurrence.Organisation == null ? null : n.Occurrence.Organisation.NameEn,
            n.Occurrence.Days,
            n.Occurrence.DueOn,
            n.Occurrence.StormCode,
            n.Occurrence.StormExpectedOn,
            n.Occurrence.SentByName,
            n.Occurrence.Payload));
}
