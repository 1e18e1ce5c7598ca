using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Reminders;

/// <summary>An occurrence told to one user: what the bell counts and lists.</summary>
/// <remarks>Ids without foreign keys, like <see cref="ReminderOccurrence"/>'s: see there.</remarks>
internal sealed class Notification
{
    public long Id { get; set; }
    public long OccurrenceId { get; set; }
    public required string RecipientUserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? ReadAt { get; set; }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.ToTable("notifications");
        builder.Property(n => n.RecipientUserId).HasMaxLength(450);
        builder.HasIndex(n => new { n.OccurrenceId, n.RecipientUserId }).IsUnique();
        builder.HasIndex(n => new { n.RecipientUserId, n.Id });

        // The bell asks "how many unread" on every page.
        builder.HasIndex(n => n.RecipientUserId).HasFilter("read_at IS NULL").HasDatabaseName("ix_notifications_unread");
    }
}
