using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Tasks.Library;

internal sealed class LibraryItemConfiguration : IEntityTypeConfiguration<LibraryItem>
{
    public void Configure(EntityTypeBuilder<LibraryItem> builder)
    {
        builder.ToTable("library_items");
        builder.Property(i => i.Code).HasMaxLength(LibraryItem.MaxCodeLength);
        builder.Property(i => i.TitleAr).HasMaxLength(LibraryItem.MaxTitleLength);
        builder.Property(i => i.TitleEn).HasMaxLength(LibraryItem.MaxTitleLength);
        builder.Property(i => i.DescriptionAr).HasMaxLength(LibraryItem.MaxDescriptionLength);
        builder.Property(i => i.DescriptionEn).HasMaxLength(LibraryItem.MaxDescriptionLength);
        builder.Property(i => i.UnitAr).HasMaxLength(60);
        builder.Property(i => i.UnitEn).HasMaxLength(60);
        builder.Property(i => i.Target).HasPrecision(12, 2);
        builder.Property(i => i.Category).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Priority).HasConversion<int>();
        builder.Property(i => i.Measure).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.OwnerKind).HasConversion<string>().HasMaxLength(40);
        builder.Property(i => i.Phase).HasConversion<string>().HasMaxLength(20);
        builder.Property(i => i.CreatedByName).HasMaxLength(200);
        builder.HasOne<Governorates.Governorate>().WithMany().HasForeignKey(i => i.GovernorateId).OnDelete(DeleteBehavior.Restrict);

        // A code names one item per governorate (national items share the null governorate): its revisions
        // are numbered once, and exactly one of them is current.
        builder.HasIndex(i => new { i.GovernorateId, i.Code, i.Revision }).IsUnique().AreNullsDistinct(false);
        builder.HasIndex(i => new { i.GovernorateId, i.Code }).IsUnique().AreNullsDistinct(false).HasFilter("is_current");
    }
}
