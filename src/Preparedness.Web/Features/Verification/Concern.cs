using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Verification;

/// <summary>The military adviser's concern about a task or an organisation; the secretariat resolves it.</summary>
internal sealed class Concern
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public int? TaskId { get; set; }
    public int? OrganisationId { get; set; }
    public required string Text { get; set; }
    public DateTimeOffset RaisedAt { get; set; }
    public required string RaisedById { get; set; }
    public required string RaisedByName { get; set; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public string? ResolvedById { get; set; }
    public string? ResolvedByName { get; set; }
    public string? Resolution { get; set; }

    public bool IsOpen => ResolvedAt is null;
}

internal sealed class ConcernConfiguration : IEntityTypeConfiguration<Concern>
{
    public void Configure(EntityTypeBuilder<Concern> builder)
    {
        builder.ToTable("concerns");
        builder.Property(c => c.Text).HasMaxLength(2000);
        builder.Property(c => c.Resolution).HasMaxLength(2000);
        builder.Property(c => c.RaisedById).HasMaxLength(450);
        builder.Property(c => c.ResolvedById).HasMaxLength(450);
        builder.Property(c => c.RaisedByName).HasMaxLength(200);
        builder.Property(c => c.ResolvedByName).HasMaxLength(200);
        builder.Ignore(c => c.IsOpen);
        builder.HasOne<ReadinessTask>().WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Organisation>().WithMany().HasForeignKey(c => c.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.GovernorateId, c.ResolvedAt });
        builder.HasIndex(c => c.TaskId);
    }
}
