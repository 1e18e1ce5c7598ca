using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Health;

/// <summary>One blood group's stock at one facility: what is on hand and how fast it is used.</summary>
internal sealed class BloodStock
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public int FacilityId { get; set; }
    public BloodGroup Group { get; set; }
    public int UnitsOnHand { get; set; }
    public decimal DailyUse { get; set; }

    /// <summary>Null until first reported: such a stock shows as "not reported".</summary>
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedByName { get; set; }

    /// <summary>Below the threshold at the last report; a report that turns it on is a crossing, told once.</summary>
    public bool IsLow { get; set; }

    /// <summary>How many times it went below: the crossing's number keys its one notification.</summary>
    public int LowCrossings { get; set; }
    public uint Version { get; set; }
}

internal sealed class BloodStockConfiguration : IEntityTypeConfiguration<BloodStock>
{
    public void Configure(EntityTypeBuilder<BloodStock> builder)
    {
        builder.ToTable("blood_stocks");
        builder.Property(s => s.Group).HasConversion<string>().HasMaxLength(10);
        builder.Property(s => s.DailyUse).HasPrecision(9, 1);
        builder.Property(s => s.UpdatedByName).HasMaxLength(200);
        builder.Property(s => s.Version).IsRowVersion();
        builder.HasOne<HealthFacility>().WithMany().HasForeignKey(s => s.FacilityId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(s => new { s.FacilityId, s.Group }).IsUnique();
        builder.HasIndex(s => s.GovernorateId);
    }
}
