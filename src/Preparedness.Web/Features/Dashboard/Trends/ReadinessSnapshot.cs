using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>What a snapshot row is the tally of.</summary>
public enum SnapshotScope : short
{
    Governorate = 0,
    Unit = 1,
    Organisation = 2,
    Category = 3,
    Storm = 4,
    UnitCategory = 5,
}

/// <summary>
/// One scope's <see cref="Tally"/> at the end of one Cairo day of one season, written once and never changed.
/// The key names the scope: "" for the governorate, the unit's or organisation's id, the category, the storm's
/// code, or "unit:category".
/// </summary>
internal sealed class ReadinessSnapshot
{
    public long Id { get; set; }
    public int GovernorateId { get; set; }
    public int PlanId { get; set; }
    public DateOnly Day { get; set; }
    public SnapshotScope Scope { get; set; }
    public required string Key { get; set; }
    public int Tasks { get; set; }
    public int Weight { get; set; }
    public decimal Credit { get; set; }
    public int VerifiedWeight { get; set; }
    public int ReportedWeight { get; set; }
    public int Overdue { get; set; }
    public int AtRisk { get; set; }
    public int Stale { get; set; }
    public int AwaitingVerification { get; set; }

    public Tally ToTally() => new(Tasks, Weight, Credit, VerifiedWeight, ReportedWeight, Overdue, AtRisk, Stale, AwaitingVerification, null);
}

internal sealed class ReadinessSnapshotConfiguration : IEntityTypeConfiguration<ReadinessSnapshot>
{
    public void Configure(EntityTypeBuilder<ReadinessSnapshot> builder)
    {
        builder.Property(s => s.Key).HasMaxLength(40);

        // Exactly once per season, day and scope: a second run inserts nothing (ON CONFLICT DO NOTHING).
        builder.HasIndex(s => new { s.PlanId, s.Day, s.Scope, s.Key }).IsUnique();
        builder.HasIndex(s => new { s.GovernorateId, s.Scope, s.Day });
        builder.HasOne<Plans.SeasonPlan>().WithMany().HasForeignKey(s => s.PlanId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Governorates.Governorate>().WithMany().HasForeignKey(s => s.GovernorateId).OnDelete(DeleteBehavior.Cascade);
    }
}
