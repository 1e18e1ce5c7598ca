namespace Preparedness.Web.Features.Reminders.RemindNow;

internal enum RemindStatus
{
    Sent,
    NotFound,

    /// <summary>Reminded within the last hour; <see cref="RemindResult.NextAllowedAt"/> says when it may be again.</summary>
    TooSoon,

    /// <summary>The task is done, or the organisation has no open task: there is nothing to remind of.</summary>
    NothingOpen,

    /// <summary>No account heads the organisation, so no one could be told.</summary>
    NoRecipients,
}

/// <summary>The outcome of "remind now"; pages show <see cref="MessageKey"/> from ReminderStrings.</summary>
internal sealed record RemindResult(RemindStatus Status, int Notified = 0, DateTimeOffset? NextAllowedAt = null)
{
    public bool Succeeded => Status == RemindStatus.Sent;

    public string MessageKey => "Remind." + Status;

    public static readonly RemindResult NotFound = new(RemindStatus.NotFound);
    public static readonly RemindResult NothingOpen = new(RemindStatus.NothingOpen);
    public static readonly RemindResult NoRecipients = new(RemindStatus.NoRecipients);
}
