using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Seasons;

/// <summary>A group's final readiness: the dashboard's score (percent, null without tasks) and its task count.</summary>
public sealed record SummaryLine(string NameAr, string NameEn, decimal? Score, int Tasks);

/// <summary>Work reported done after its due date (Cairo days late).</summary>
public sealed record LateWork(int TaskId, string TitleAr, string TitleEn, string OrganisationAr, string OrganisationEn, DateOnly DueOn, int DaysLate);

public sealed record SeasonSummaryData(
    decimal? Overall,
    int Tasks,
    int Done,
    IReadOnlyList<SummaryLine> Units,
    IReadOnlyList<SummaryLine> Organisations,
    IReadOnlyList<SummaryLine> Categories,
    IReadOnlyList<LateWork> Late,
    int LateCount);

/// <summary>What a season looked like when it closed; written once, with the close.</summary>
internal sealed class SeasonSummary
{
    public int PlanId { get; set; }
    public DateTimeOffset ClosedAt { get; set; }
    public required SeasonSummaryData Data { get; set; }
}

internal sealed class SeasonSummaryConfiguration : IEntityTypeConfiguration<SeasonSummary>
{
    public void Configure(EntityTypeBuilder<SeasonSummary> builder)
    {
        builder.ToTable("season_summaries");
        builder.HasKey(s => s.PlanId);
        builder.HasOne<Plans.SeasonPlan>().WithOne().HasForeignKey<SeasonSummary>(s => s.PlanId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(s => s.Data)
            .HasColumnType("jsonb")
            .HasConversion(d => JsonSerializer.Serialize(d, JsonSerializerOptions.Web), s => JsonSerializer.Deserialize<SeasonSummaryData>(s, JsonSerializerOptions.Web)!,
                new ValueComparer<SeasonSummaryData>((a, b) => ReferenceEquals(a, b), d => d.GetHashCode(), d => d));
    }
}
