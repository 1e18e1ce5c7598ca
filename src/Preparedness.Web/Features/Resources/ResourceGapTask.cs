using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Resources;

/// <summary>
/// A gap turned into a readiness task: the task is an ordinary task (owner, due date, status are its own) and
/// this row links it to the minimum level whose gap it closes, both ways. The task knows nothing of resources.
/// </summary>
internal sealed class ResourceGapTask
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public int ResourceMinimumId { get; set; }
    public int TaskId { get; set; }

    /// <summary>The gap when the task was made: the task's target.</summary>
    public int GapAtCreation { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class ResourceGapTaskConfiguration : IEntityTypeConfiguration<ResourceGapTask>
{
    public void Configure(EntityTypeBuilder<ResourceGapTask> builder)
    {
        builder.ToTable("resource_gap_tasks");
        builder.HasOne<ResourceMinimum>().WithMany().HasForeignKey(l => l.ResourceMinimumId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ReadinessTask>().WithMany().HasForeignKey(l => l.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(l => l.TaskId).IsUnique();
        builder.HasIndex(l => new { l.ResourceMinimumId, l.CreatedAt });
    }
}
