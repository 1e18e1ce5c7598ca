using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Health;

public enum FacilityKind
{
    Hospital,

    /// <summary>The regional blood transfusion centre: it holds blood stock and has no beds.</summary>
    BloodTransfusionCentre,
}

/// <summary>A hospital (with its emergency readiness) or the regional blood transfusion centre of a governorate.</summary>
internal sealed class HealthFacility
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public int? LocalUnitId { get; set; }

    /// <summary>The organisation whose heads keep this facility's figures (the health directorate).</summary>
    public int HolderOrganisationId { get; set; }
    public FacilityKind Kind { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }
    public int Beds { get; set; }
    public int IcuBeds { get; set; }
    public bool EmergencyOpen { get; set; }
    public bool GeneratorTested { get; set; }
    public DateTimeOffset? UpdatedAt { get; set; }
    public string? UpdatedByName { get; set; }
    public bool IsActive { get; set; } = true;
    public uint Version { get; set; }
}

internal sealed class HealthFacilityConfiguration : IEntityTypeConfiguration<HealthFacility>
{
    public void Configure(EntityTypeBuilder<HealthFacility> builder)
    {
        builder.ToTable("health_facilities");
        builder.Property(f => f.Kind).HasConversion<string>().HasMaxLength(30);
        builder.Property(f => f.NameAr).HasMaxLength(300);
        builder.Property(f => f.NameEn).HasMaxLength(300);
        builder.Property(f => f.UpdatedByName).HasMaxLength(200);
        builder.Property(f => f.Version).IsRowVersion();
        builder.HasOne<Governorate>().WithMany().HasForeignKey(f => f.GovernorateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LocalUnit>().WithMany().HasForeignKey(f => f.LocalUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(f => f.HolderOrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => f.GovernorateId);
    }
}
