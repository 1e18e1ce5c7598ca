using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Governorates;

internal sealed class GovernorateConfiguration : IEntityTypeConfiguration<Governorate>
{
    public void Configure(EntityTypeBuilder<Governorate> builder)
    {
        builder.Property(g => g.Code).HasMaxLength(40);
        builder.Property(g => g.NameAr).HasMaxLength(200);
        builder.Property(g => g.NameEn).HasMaxLength(200);
        builder.HasIndex(g => g.Code).IsUnique();
    }
}

internal sealed class LocalUnitConfiguration : IEntityTypeConfiguration<LocalUnit>
{
    public void Configure(EntityTypeBuilder<LocalUnit> builder)
    {
        builder.Property(u => u.Code).HasMaxLength(60);
        builder.Property(u => u.NameAr).HasMaxLength(200);
        builder.Property(u => u.NameEn).HasMaxLength(200);
        builder.Property(u => u.Kind).HasConversion<string>().HasMaxLength(20);
        builder.HasIndex(u => new { u.GovernorateId, u.Code }).IsUnique();
        builder.HasOne(u => u.Governorate).WithMany(g => g.LocalUnits).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Parent).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
