using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Governorates;

namespace Preparedness.Web.Features.Plans;

internal sealed class SeasonPlan
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public Governorate? Governorate { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }
    public DateOnly StartsOn { get; set; }
}

internal sealed class SeasonPlanConfiguration : IEntityTypeConfiguration<SeasonPlan>
{
    public void Configure(EntityTypeBuilder<SeasonPlan> builder)
    {
        builder.Property(p => p.NameAr).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.HasIndex(p => new { p.GovernorateId, p.StartsOn });
        builder.HasOne(p => p.Governorate).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
