using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Governorates;

namespace Preparedness.Web.Features.Meetings;

/// <summary>A meeting the secretariat recorded: when, who chaired it, which organisations were present, its notes.</summary>
internal sealed class Meeting
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public DateOnly HeldOn { get; set; }
    public required string Chair { get; set; }

    /// <summary>The organisations present (the governorate's own, checked on write); a meeting has a few dozen at most.</summary>
    public int[] OrganisationIds { get; set; } = [];
    public string? Notes { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedById { get; set; }
    public required string RecordedByName { get; set; }
    public List<MeetingDirective> Directives { get; set; } = [];
}

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("meetings");
        builder.Property(m => m.Chair).HasMaxLength(MeetingDraft.MaxChairLength);
        builder.Property(m => m.Notes).HasMaxLength(MeetingDraft.MaxNotesLength);
        builder.Property(m => m.RecordedById).HasMaxLength(450);
        builder.Property(m => m.RecordedByName).HasMaxLength(200);
        builder.HasOne<Governorate>().WithMany().HasForeignKey(m => m.GovernorateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.GovernorateId, m.HeldOn });
    }
}
