using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Accounts;

internal sealed class ApplicationUserConfiguration : IEntityTypeConfiguration<ApplicationUser>
{
    public void Configure(EntityTypeBuilder<ApplicationUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
        builder.Property(u => u.PreferredCulture).HasMaxLength(10);
        builder.HasOne(u => u.Governorate).WithMany().OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(u => u.Organisation).WithMany().OnDelete(DeleteBehavior.Restrict);
    }
}
