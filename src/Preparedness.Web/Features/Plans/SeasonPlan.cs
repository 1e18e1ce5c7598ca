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

    /// <summary>The season's last day; null for plans made before seasons had an end.</summary>
    public DateOnly? EndsOn { get; set; }

    /// <summary>
    /// Set when the plan was opened as a season ("yyyy-MM-dd" of its start): unique per governorate, so
    /// opening the same season twice finds the first one instead of making a second.
    /// </summary>
    public string? OpeningKey { get; set; }

    /// <summary>The season this one was opened from, when it was opened from last season's plan.</summary>
    public int? PreviousPlanId { get; set; }

    public DateTimeOffset? ClosedAt { get; set; }
    public string? ClosedById { get; set; }
    public string? ClosedByName { get; set; }

    /// <summary>A closed season is read-only: see <see cref="ClosedSeason"/>.</summary>
    public bool IsClosed => ClosedAt is not null;
}

internal sealed class SeasonPlanConfiguration : IEntityTypeConfiguration<SeasonPlan>
{
    public void Configure(EntityTypeBuilder<SeasonPlan> builder)
    {
        builder.Property(p => p.NameAr).HasMaxLength(200);
        builder.Property(p => p.NameEn).HasMaxLength(200);
        builder.Property(p => p.OpeningKey).HasMaxLength(40);
        builder.Property(p => p.ClosedById).HasMaxLength(450);
        builder.Property(p => p.ClosedByName).HasMaxLength(200);
        builder.HasIndex(p => new { p.GovernorateId, p.StartsOn });
        builder.HasIndex(p => new { p.GovernorateId, p.OpeningKey }).IsUnique();
        builder.HasOne(p => p.Governorate).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<SeasonPlan>().WithMany().HasForeignKey(p => p.PreviousPlanId).OnDelete(DeleteBehavior.Restrict);
    }
}
