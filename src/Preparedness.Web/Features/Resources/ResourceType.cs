using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Resources;

/// <summary>A kind of deployable resource (suction truck, water pump, shelter…), from the administrator's bilingual list.</summary>
internal sealed class ResourceType
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }

    /// <summary>Shelters and the like: each entry also says how many people it takes.</summary>
    public bool HasCapacity { get; set; }
    public bool IsActive { get; set; } = true;
}

internal sealed class ResourceTypeConfiguration : IEntityTypeConfiguration<ResourceType>
{
    public void Configure(EntityTypeBuilder<ResourceType> builder)
    {
        builder.ToTable("resource_types");
        builder.Property(t => t.Code).HasMaxLength(60);
        builder.Property(t => t.NameAr).HasMaxLength(200);
        builder.Property(t => t.NameEn).HasMaxLength(200);
        builder.HasIndex(t => t.Code).IsUnique();
    }
}
