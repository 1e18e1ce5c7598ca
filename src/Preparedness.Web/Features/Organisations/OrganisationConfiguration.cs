using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Organisations;

internal sealed class OrganisationConfiguration : IEntityTypeConfiguration<Organisation>
{
    public void Configure(EntityTypeBuilder<Organisation> builder)
    {
        builder.Property(o => o.Code).HasMaxLength(60);
        builder.Property(o => o.NameAr).HasMaxLength(300);
        builder.Property(o => o.NameEn).HasMaxLength(300);
        builder.Property(o => o.Kind).HasConversion<string>().HasMaxLength(30);
        builder.HasIndex(o => new { o.GovernorateId, o.Code }).IsUnique();
        builder.HasOne(o => o.Governorate).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(o => o.LocalUnit).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
