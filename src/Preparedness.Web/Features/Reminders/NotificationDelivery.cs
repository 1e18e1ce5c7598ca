using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Reminders;

/// <summary>
/// How a notification reached its recipient on one channel: the record behind "who was told what,
/// when". In-app is sent when written; an email is pending until the SMTP server takes it, retried
/// with backoff, and never sent again once <see cref="DeliveryStatus.Sent"/>.
/// </summary>
internal sealed class NotificationDelivery
{
    public const int MaxErrorLength = 1000;

    public long Id { get; set; }
    public long NotificationId { get; set; }
    public DeliveryChannel Channel { get; set; }
    public DeliveryStatus Status { get; set; }

    /// <summary>The email address used, kept as it was at the time.</summary>
    public string? Address { get; set; }
    public int Attempts { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset? LastAttemptAt { get; set; }
    public DateTimeOffset? NextAttemptAt { get; set; }
    public DateTimeOffset? SentAt { get; set; }
}

internal sealed class NotificationDeliveryConfiguration : IEntityTypeConfiguration<NotificationDelivery>
{
    public void Configure(EntityTypeBuilder<NotificationDelivery> builder)
    {
        builder.ToTable("notification_deliveries");
        builder.Property(d => d.Channel).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Status).HasConversion<string>().HasMaxLength(10);
        builder.Property(d => d.Address).HasMaxLength(256);
        builder.Property(d => d.LastError).HasMaxLength(NotificationDelivery.MaxErrorLength);
        builder.HasIndex(d => new { d.NotificationId, d.Channel }).IsUnique();

        // The email job claims due pending rows; sent and failed ones are never looked at again.
        builder.HasIndex(d => d.NextAttemptAt).HasFilter("status = 'Pending'").HasDatabaseName("ix_notification_deliveries_due");
    }
}
