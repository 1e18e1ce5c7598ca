using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Tasks;

internal sealed class ReadinessTaskConfiguration : IEntityTypeConfiguration<ReadinessTask>
{
    public void Configure(EntityTypeBuilder<ReadinessTask> builder)
    {
        builder.ToTable("readiness_tasks");
        builder.Property(t => t.TitleAr).HasMaxLength(400);
        builder.Property(t => t.TitleEn).HasMaxLength(400);
        builder.Property(t => t.DescriptionAr).HasMaxLength(4000);
        builder.Property(t => t.DescriptionEn).HasMaxLength(4000);
        builder.Property(t => t.LibraryCode).HasMaxLength(20);
        builder.Property(t => t.StormCode).HasMaxLength(40);
        builder.Property(t => t.Category).HasConversion<string>().HasMaxLength(30);
        builder.Property(t => t.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.Measure).HasConversion<string>().HasMaxLength(20);
        builder.Property(t => t.BlockedReason).HasMaxLength(1000);
        builder.Property(t => t.LatestNote).HasMaxLength(2000);
        builder.Property(t => t.ReviewComment).HasMaxLength(2000);
        builder.Property(t => t.UnitAr).HasMaxLength(60);
        builder.Property(t => t.UnitEn).HasMaxLength(60);
        builder.Property(t => t.Target).HasPrecision(12, 2);
        builder.Property(t => t.Achieved).HasPrecision(12, 2);
        builder.Property(t => t.LastUpdatedByName).HasMaxLength(200);
        builder.Property(t => t.LastUpdatedById).HasMaxLength(450);
        builder.Property(t => t.Version).IsRowVersion();
        builder.Property(t => t.Lesson).HasConversion<int>();
        builder.Property(t => t.LessonNote).HasMaxLength(2000);
        builder.Ignore(t => t.IsDone);

        builder.HasOne(t => t.Plan).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.LocalUnit).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(t => t.LibraryItem).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(t => t.History).WithOne().HasForeignKey(h => h.TaskId).OnDelete(DeleteBehavior.Restrict);

        // The dashboard aggregates one governorate; the list pages by due date within filters.
        builder.HasIndex(t => new { t.GovernorateId, t.DueOn, t.Id });
        builder.HasIndex(t => new { t.GovernorateId, t.OrganisationId, t.DueOn });
        builder.HasIndex(t => new { t.GovernorateId, t.LocalUnitId, t.DueOn });
        builder.HasIndex(t => new { t.GovernorateId, t.Status });

        // One governorate's season, in the list's default order, carrying every column the dashboard's grouped query
        // and the list's count read: both are index-only scans (README, "Query plans").
        builder.HasIndex(t => new { t.GovernorateId, t.PlanId, t.DueOn, t.Id })
            .IncludeProperties(t => new { t.OrganisationId, t.LocalUnitId, t.Category, t.StormCode, t.Status, t.Priority, t.Measure, t.Target, t.Achieved, t.LastUpdatedAt })
            .HasDatabaseName("ix_readiness_tasks_season_figures");
        builder.HasIndex(t => t.PlanId);
        builder.HasIndex(t => t.SearchText).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

internal sealed class TaskHistoryEntryConfiguration : IEntityTypeConfiguration<TaskHistoryEntry>
{
    public void Configure(EntityTypeBuilder<TaskHistoryEntry> builder)
    {
        builder.ToTable("task_history");
        builder.Property(h => h.UserName).HasMaxLength(200);
        builder.Property(h => h.UserId).HasMaxLength(450);
        builder.Property(h => h.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(h => h.Note).HasMaxLength(2000);
        builder.OwnsMany(h => h.Changes, c => c.ToJson());
        builder.HasIndex(h => new { h.TaskId, h.At });
        builder.HasIndex(h => h.IdempotencyKey).IsUnique().HasFilter("idempotency_key IS NOT NULL");
    }
}
