using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Accounts.Lockout;

/// <summary>How many sign-in posts from one address the rate limit refused in one minute: a count, not one audit row each.</summary>
internal sealed class SignInThrottle
{
    public required string Source { get; set; }
    public DateTimeOffset WindowStart { get; set; }
    public int Refused { get; set; }
}

internal sealed class SignInThrottleConfiguration : IEntityTypeConfiguration<SignInThrottle>
{
    public void Configure(EntityTypeBuilder<SignInThrottle> builder)
    {
        builder.ToTable("sign_in_throttles");
        builder.HasKey(t => new { t.Source, t.WindowStart });
        builder.Property(t => t.Source).HasMaxLength(64);
    }
}
