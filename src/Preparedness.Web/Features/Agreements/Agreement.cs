using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Governorates;

namespace Preparedness.Web.Features.Agreements;

/// <summary>
/// A cooperation protocol or memorandum of a governorate: its parties (organisations of the governorate,
/// partners included), when it was signed, what it covers and when it is to be reviewed. Retired, never deleted.
/// </summary>
internal sealed class Agreement
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public required string TitleAr { get; set; }
    public required string TitleEn { get; set; }

    /// <summary>The organisations party to it (the governorate's own, checked on write); a handful at most.</summary>
    public int[] PartyOrganisationIds { get; set; } = [];
    public DateOnly SignedOn { get; set; }
    public DateOnly ReviewOn { get; set; }
    public required string Scope { get; set; }
    public DateTimeOffset? RetiredAt { get; set; }
    public DateTimeOffset RecordedAt { get; set; }
    public required string RecordedByName { get; set; }
    public DateTimeOffset UpdatedAt { get; set; }
    public uint Version { get; set; }
}

internal sealed class AgreementConfiguration : IEntityTypeConfiguration<Agreement>
{
    public void Configure(EntityTypeBuilder<Agreement> builder)
    {
        builder.ToTable("agreements");
        builder.Property(a => a.TitleAr).HasMaxLength(AgreementDraft.MaxTitleLength);
        builder.Property(a => a.TitleEn).HasMaxLength(AgreementDraft.MaxTitleLength);
        builder.Property(a => a.Scope).HasMaxLength(AgreementDraft.MaxScopeLength);
        builder.Property(a => a.RecordedByName).HasMaxLength(200);
        builder.Property(a => a.Version).IsRowVersion();
        builder.HasOne<Governorate>().WithMany().HasForeignKey(a => a.GovernorateId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(a => new { a.GovernorateId, a.ReviewOn });
    }
}
