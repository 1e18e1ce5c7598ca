using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Governorates;

namespace Preparedness.Web.Features.Resources;

/// <summary>The hazard a minimum level is set for; <see cref="General"/> holds whatever the weather.</summary>
public enum HazardScenario
{
    General,
    HeavyRain,
    FlashFlood,
    CoastalStorm,
}

/// <summary>The secretariat's minimum level of one resource type in one local unit, per hazard scenario.</summary>
internal sealed class ResourceMinimum
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public int LocalUnitId { get; set; }
    public int ResourceTypeId { get; set; }
    public HazardScenario Scenario { get; set; }
    public int Minimum { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public required string UpdatedByName { get; set; }

    /// <summary>Below its minimum when the gaps were last looked at (<see cref="GapEscalationJob"/>); going below is told once.</summary>
    public bool IsShort { get; set; }

    /// <summary>How many times it went below: the crossing's number keys its one escalation.</summary>
    public int ShortCrossings { get; set; }
}

internal sealed class ResourceMinimumConfiguration : IEntityTypeConfiguration<ResourceMinimum>
{
    public void Configure(EntityTypeBuilder<ResourceMinimum> builder)
    {
        builder.ToTable("resource_minimums");
        builder.Property(m => m.Scenario).HasConversion<string>().HasMaxLength(20);
        builder.Property(m => m.UpdatedByName).HasMaxLength(200);
        builder.HasOne<LocalUnit>().WithMany().HasForeignKey(m => m.LocalUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResourceType>().WithMany().HasForeignKey(m => m.ResourceTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(m => new { m.LocalUnitId, m.ResourceTypeId, m.Scenario }).IsUnique();
        builder.HasIndex(m => m.GovernorateId);
    }
}
