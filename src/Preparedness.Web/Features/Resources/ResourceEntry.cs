using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Resources;

/// <summary>What one organisation holds of one resource type in one local unit, as its holder last checked it.</summary>
internal sealed class ResourceEntry
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public int OrganisationId { get; set; }
    public int LocalUnitId { get; set; }
    public int ResourceTypeId { get; set; }
    public int QuantityHeld { get; set; }
    public int QuantityWorking { get; set; }

    /// <summary>People it can take in all (shelters); null for types without a capacity.</summary>
    public int? Capacity { get; set; }
    public string? Location { get; set; }
    public DateTimeOffset LastCheckedAt { get; set; }
    public required string LastCheckedById { get; set; }
    public required string LastCheckedByName { get; set; }
    public uint Version { get; set; }
}

internal sealed class ResourceEntryConfiguration : IEntityTypeConfiguration<ResourceEntry>
{
    public void Configure(EntityTypeBuilder<ResourceEntry> builder)
    {
        builder.ToTable("resource_entries");
        builder.Property(e => e.Location).HasMaxLength(200);
        builder.Property(e => e.LastCheckedById).HasMaxLength(450);
        builder.Property(e => e.LastCheckedByName).HasMaxLength(200);
        builder.Property(e => e.Version).IsRowVersion();
        builder.HasOne<Organisation>().WithMany().HasForeignKey(e => e.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<LocalUnit>().WithMany().HasForeignKey(e => e.LocalUnitId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ResourceType>().WithMany().HasForeignKey(e => e.ResourceTypeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.OrganisationId, e.LocalUnitId, e.ResourceTypeId }).IsUnique();

        // The gap and the dashboard's figures read one governorate's entries by unit and type, with what they sum.
        builder.HasIndex(e => new { e.GovernorateId, e.LocalUnitId, e.ResourceTypeId })
            .IncludeProperties(e => new { e.QuantityWorking, e.LastCheckedAt });
    }
}
