using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Reminders;

/// <summary>
/// One thing that was said once: "task 17 is due in 3 days", "task 17 is overdue on 23 Nov", "the
/// morning digest of Luxor for 23 Nov". Its unique key is what makes every reminder exactly-once:
/// it is written in the same statement as the notifications it causes, so a job that runs twice, is
/// retried or runs on two instances at once finds the key taken and tells no one again.
/// </summary>
/// <remarks>
/// The reminder tables hold ids without foreign keys. Every id is taken, in the one statement that
/// writes the rows, from the rows it has just read or inserted (tasks, users, occurrences,
/// notifications); nothing in the app deletes any of them; and the per-row foreign-key checks were
/// more than half of a national sweep's time. The unique keys — what makes reminders exactly-once — stay.
/// </remarks>
internal sealed class ReminderOccurrence
{
    public long Id { get; set; }
    public ReminderKind Kind { get; set; }
    public int GovernorateId { get; set; }
    public int? TaskId { get; set; }

    /// <summary>The task's organisation, or the organisation reminded as a whole.</summary>
    public int? OrganisationId { get; set; }

    /// <summary>Which occurrence of the kind this is, e.g. the due date and the reminder offset, or the Cairo day.</summary>
    public required string OccurrenceKey { get; set; }

    /// <summary>Days until due (due soon), past due (overdue, escalation), without an update (stale), or open tasks (organisation reminder).</summary>
    public int? Days { get; set; }
    public DateOnly? DueOn { get; set; }
    public string? StormCode { get; set; }
    public DateOnly? StormExpectedOn { get; set; }

    /// <summary>Who pressed "remind now".</summary>
    public string? SentById { get; set; }
    public string? SentByName { get; set; }

    /// <summary>The digest's figures as JSON (<see cref="Digest.DigestPayload"/>).</summary>
    public string? Payload { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ReminderOccurrenceConfiguration : IEntityTypeConfiguration<ReminderOccurrence>
{
    public void Configure(EntityTypeBuilder<ReminderOccurrence> builder)
    {
        builder.ToTable("reminder_occurrences");
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(o => o.OccurrenceKey).HasMaxLength(60);
        builder.Property(o => o.StormCode).HasMaxLength(40);
        builder.Property(o => o.SentById).HasMaxLength(450);
        builder.Property(o => o.SentByName).HasMaxLength(200);
        builder.Property(o => o.Payload).HasColumnType("jsonb");

        // NULLS NOT DISTINCT: a digest (no task) or an organisation reminder is as unique as a task's reminder.
        // Governorate first: it also serves the delivery log, which reads one governorate.
        builder.HasIndex(o => new { o.GovernorateId, o.Kind, o.TaskId, o.OrganisationId, o.OccurrenceKey })
            .IsUnique()
            .AreNullsDistinct(false);

        // "Remind now" looks back an hour; partial, so the daily sweep's many rows cost these indexes nothing.
        builder.HasIndex(o => new { o.OrganisationId, o.CreatedAt }).HasFilter("kind = 'RemindNow'");
        builder.HasIndex(o => new { o.TaskId, o.CreatedAt }).HasFilter("kind = 'RemindNow'");
    }
}
