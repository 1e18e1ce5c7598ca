using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard;

/// <summary>Additive sums of <see cref="TaskFigures"/>; groups roll up by adding tallies.</summary>
public sealed record Tally(
    int Tasks,
    int Weight,
    decimal Credit,
    int VerifiedWeight,
    int ReportedWeight,
    int Overdue,
    int AtRisk,
    int Stale,
    int AwaitingVerification,
    DateTimeOffset? LastUpdate)
{
    public static readonly Tally Empty = new(0, 0, 0, 0, 0, 0, 0, 0, 0, null);

    /// <summary>Readiness in percent, or null for a group with no tasks.</summary>
    public decimal? Score => Weight == 0 ? null : Math.Round(Credit * 100 / Weight, 1);

    public decimal VerifiedShare => Weight == 0 ? 0 : Math.Round(VerifiedWeight * 100m / Weight, 1);

    public decimal ReportedShare => Weight == 0 ? 0 : Math.Round(ReportedWeight * 100m / Weight, 1);

    public static Tally operator +(Tally a, Tally b) => new(
        a.Tasks + b.Tasks,
        a.Weight + b.Weight,
        a.Credit + b.Credit,
        a.VerifiedWeight + b.VerifiedWeight,
        a.ReportedWeight + b.ReportedWeight,
        a.Overdue + b.Overdue,
        a.AtRisk + b.AtRisk,
        a.Stale + b.Stale,
        a.AwaitingVerification + b.AwaitingVerification,
        a.LastUpdate > b.LastUpdate || b.LastUpdate is null ? a.LastUpdate : b.LastUpdate);

    public static Tally Sum(IEnumerable<Tally> tallies) => tallies.Aggregate(Empty, (a, b) => a + b);
}
