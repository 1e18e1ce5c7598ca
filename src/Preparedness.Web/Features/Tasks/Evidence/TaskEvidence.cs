using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Tasks.Evidence;

/// <summary>A photo or PDF an owner attached when reporting a task done; kept in PostgreSQL with the task.</summary>
internal sealed class TaskEvidence
{
    public long Id { get; set; }
    public int TaskId { get; set; }
    public required string FileName { get; set; }
    public required string ContentType { get; set; }
    public int Size { get; set; }
    public required byte[] Content { get; set; }

    /// <summary>A small JPEG for photos, so a phone does not download 10 MB to show a list.</summary>
    public byte[]? Thumbnail { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public string? UploadedById { get; set; }
    public string UploadedByName { get; set; } = "";

    /// <summary>From the photo's EXIF (<see cref="PhotoExif"/>), when it says; a hint for the reviewer, not proof.</summary>
    public DateTimeOffset? CapturedAt { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
}

internal sealed class TaskEvidenceConfiguration : IEntityTypeConfiguration<TaskEvidence>
{
    public void Configure(EntityTypeBuilder<TaskEvidence> builder)
    {
        builder.ToTable("task_evidence");
        builder.Property(e => e.FileName).HasMaxLength(255);
        builder.Property(e => e.ContentType).HasMaxLength(60);
        builder.Property(e => e.UploadedById).HasMaxLength(450);
        builder.Property(e => e.UploadedByName).HasMaxLength(200);
        // Named as when evidence lived in Verification: the model moved, the database did not.
        builder.HasOne<ReadinessTask>().WithMany().HasForeignKey(e => e.TaskId).OnDelete(DeleteBehavior.Restrict)
            .HasConstraintName("fk_task_evidence_readiness_tasks_task_id");
        builder.HasIndex(e => e.TaskId);
    }
}
