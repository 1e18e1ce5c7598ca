using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Accounts;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredCulture).HasMaxLength(10);

        // Accounts that existed before the column are active; the sentinel lets EF insert false.
        builder.Property(u => u.IsActive).HasDefaultValue(true).HasSentinel(true);
        builder.HasOne(u => u.Governorate).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
