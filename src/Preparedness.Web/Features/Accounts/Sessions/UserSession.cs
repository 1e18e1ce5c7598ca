using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Accounts.Sessions;

/// <summary>
/// One sign-in, named in its cookie by <see cref="SessionStore.Claim"/>: signing out revokes it on the server,
/// so a copied cookie dies with it, and it ends at <see cref="ExpiresAt"/> however busy it was.
/// </summary>
internal sealed class UserSession
{
    public Guid Id { get; set; }
    public required string UserId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
    public DateTimeOffset ExpiresAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }
    public string? Address { get; set; }
}

internal sealed class UserSessionConfiguration : IEntityTypeConfiguration<UserSession>
{
    public void Configure(EntityTypeBuilder<UserSession> builder)
    {
        builder.ToTable("user_sessions");
        builder.Property(s => s.UserId).HasMaxLength(450);
        builder.Property(s => s.Address).HasMaxLength(64);
        builder.HasIndex(s => s.UserId);
    }
}
