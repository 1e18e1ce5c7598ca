using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Meetings;

/// <summary>
/// A directive (تكليف) given at a meeting: it IS a readiness task — its owner, due date and status are the
/// task's — and this row only says which meeting gave it. The task knows nothing of meetings.
/// </summary>
internal sealed class MeetingDirective
{
    public int Id { get; set; }
    public int MeetingId { get; set; }
    public int TaskId { get; set; }
    public ReadinessTask? Task { get; set; }

    /// <summary>Copied from the meeting, so a governorate's directives are read through one index.</summary>
    public int GovernorateId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class MeetingDirectiveConfiguration : IEntityTypeConfiguration<MeetingDirective>
{
    public void Configure(EntityTypeBuilder<MeetingDirective> builder)
    {
        builder.ToTable("meeting_directives");
        builder.HasOne<Meeting>().WithMany(m => m.Directives).HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(d => d.Task).WithMany().HasForeignKey(d => d.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(d => d.TaskId).IsUnique();
        builder.HasIndex(d => new { d.GovernorateId, d.MeetingId });
    }
}
