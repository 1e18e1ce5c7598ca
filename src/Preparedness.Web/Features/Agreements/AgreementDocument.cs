using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Agreements;

/// <summary>
/// The signed agreement as a PDF, kept in PostgreSQL like a task's evidence (and checked and served the same
/// way); a row of its own so that lists of agreements never read the file.
/// </summary>
internal sealed class AgreementDocument
{
    public int AgreementId { get; set; }
    public required string FileName { get; set; }
    public int Size { get; set; }
    public required byte[] Content { get; set; }
    public DateTimeOffset UploadedAt { get; set; }
    public required string UploadedByName { get; set; }
}

internal sealed class AgreementDocumentConfiguration : IEntityTypeConfiguration<AgreementDocument>
{
    public void Configure(EntityTypeBuilder<AgreementDocument> builder)
    {
        builder.ToTable("agreement_documents");
        builder.HasKey(d => d.AgreementId);
        builder.Property(d => d.AgreementId).ValueGeneratedNever();
        builder.Property(d => d.FileName).HasMaxLength(255);
        builder.Property(d => d.UploadedByName).HasMaxLength(200);
        builder.HasOne<Agreement>().WithOne().HasForeignKey<AgreementDocument>(d => d.AgreementId).OnDelete(DeleteBehavior.Restrict);
    }
}
