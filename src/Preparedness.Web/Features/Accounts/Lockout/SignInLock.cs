using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Accounts.Lockout;

/// <summary>
/// Failed passwords for one typed user name from one address. Keyed by the name typed, not the account,
/// so a name that does not exist is counted and locked exactly like one that does.
/// </summary>
internal sealed class SignInLock
{
    public required string UserName { get; set; }
    public required string Source { get; set; }
    public int Failures { get; set; }

    /// <summary>How many times this address was locked out of this name lately: each lock lasts twice the last.</summary>
    public int Locks { get; set; }
    public DateTimeOffset LastFailedAt { get; set; }
    public DateTimeOffset? LockedUntil { get; set; }
}

internal sealed class SignInLockConfiguration : IEntityTypeConfiguration<SignInLock>
{
    public void Configure(EntityTypeBuilder<SignInLock> builder)
    {
        builder.ToTable("sign_in_locks");
        builder.HasKey(l => new { l.UserName, l.Source });
        builder.Property(l => l.UserName).HasMaxLength(256);
        builder.Property(l => l.Source).HasMaxLength(64);
    }
}
