using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Agreements;

/// <summary>
/// A commitment of an agreement: it IS a readiness task owned by one party — its due date and status are the
/// task's — and this row only says which agreement it belongs to. The task knows nothing of agreements.
/// </summary>
internal sealed class AgreementCommitment
{
    public int Id { get; set; }
    public int AgreementId { get; set; }
    public int TaskId { get; set; }
    public ReadinessTask? Task { get; set; }

    /// <summary>Copied from the agreement, so a governorate's commitments are read through one index.</summary>
    public int GovernorateId { get; set; }
    public DateTimeOffset CreatedAt { get; set; }
}

internal sealed class AgreementCommitmentConfiguration : IEntityTypeConfiguration<AgreementCommitment>
{
    public void Configure(EntityTypeBuilder<AgreementCommitment> builder)
    {
        builder.ToTable("agreement_commitments");
        builder.HasOne<Agreement>().WithMany().HasForeignKey(c => c.AgreementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Task).WithMany().HasForeignKey(c => c.TaskId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.TaskId).IsUnique();
        builder.HasIndex(c => new { c.GovernorateId, c.AgreementId });
    }
}
