using Preparedness.Web.Features.Dashboard;

namespace Preparedness.Web.Features.National;

/// <summary>
/// One governorate's standing in its current season, with the dashboard's definitions (<see cref="Tally"/>). The
/// tallies carry no "at risk" (its threshold is a setting, not a fact of the task) and no time of last update.
/// </summary>
public sealed record GovernorateStanding(int GovernorateId, string NameAr, string NameEn, Tally Overall, NextStorm? NextStorm);

/// <summary>Every active governorate, weakest readiness first (governorates without tasks last).</summary>
public sealed record NationalFigures(IReadOnlyList<GovernorateStanding> Governorates, DateTimeOffset ComputedAt);

/// <summary>One row of <see cref="TallySql.Standings"/>: a governorate's tasks of one storm (or of none).</summary>
internal sealed record StandingRow(
    int GovernorateId,
    string NameAr,
    string NameEn,
    string Code,
    DateOnly? StartsOn,
    string? StormCode,
    int Tasks,
    int Weight,
    decimal Credit,
    int VerifiedWeight,
    int ReportedWeight,
    int Reported,
    int Overdue,
    int Stale)
{
    public Tally ToTally() => new(Tasks, Weight, Credit, VerifiedWeight, ReportedWeight, Overdue, 0, Stale, Reported, null);
}
