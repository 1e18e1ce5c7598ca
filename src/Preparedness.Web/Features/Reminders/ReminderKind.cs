namespace Preparedness.Web.Features.Reminders;

/// <summary>What a notification is about. Stored by name, so the order may change.</summary>
public enum ReminderKind
{
    DueSoon,
    Overdue,
    Escalation,
    Stale,
    Storm,
    RemindNow,
    Digest,

    /// <summary>A reviewer returned work reported done, with a comment.</summary>
    Returned,

    /// <summary>A reviewer verified work reported done, perhaps with a note.</summary>
    Verified,

    /// <summary>A blood stock went below its days-of-supply threshold (once per crossing).</summary>
    LowBloodStock,

    /// <summary>A cooperation agreement's review date is near (once per agreement and review date).</summary>
    AgreementReview,

    /// <summary>A resource entry its holder has not checked within the stale window (once per period of silence).</summary>
    StaleResource,

    /// <summary>A blood stock its holder has not reported within the stale window (once per period of silence).</summary>
    StaleBloodStock,

    /// <summary>A local unit's working quantity of a type fell below its minimum (once per crossing).</summary>
    ResourceGap,
}

public enum DeliveryChannel
{
    InApp,
    Email,
}

public enum DeliveryStatus
{
    Pending,
    Sent,
    Failed,
}
