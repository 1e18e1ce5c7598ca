using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Preparedness.Web.Features.Resources;

/// <summary>One check or change of an entry: the quantities after it, who and when; never changed afterwards.</summary>
internal sealed class ResourceHistoryEntry
{
    public long Id { get; set; }
    public int ResourceEntryId { get; set; }
    public DateTimeOffset At { get; set; }
    public required string ById { get; set; }
    public required string ByName { get; set; }
    public int QuantityHeld { get; set; }
    public int QuantityWorking { get; set; }
    public int? Capacity { get; set; }
    public string? Location { get; set; }
}

internal sealed class ResourceHistoryEntryConfiguration : IEntityTypeConfiguration<ResourceHistoryEntry>
{
    public void Configure(EntityTypeBuilder<ResourceHistoryEntry> builder)
    {
        builder.ToTable("resource_history");
        builder.Property(h => h.ById).HasMaxLength(450);
        builder.Property(h => h.ByName).HasMaxLength(200);
        builder.Property(h => h.Location).HasMaxLength(200);
        builder.HasOne<ResourceEntry>().WithMany().HasForeignKey(h => h.ResourceEntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.ResourceEntryId, h.At });
    }
}
