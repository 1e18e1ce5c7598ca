using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Web.Features.Dashboard;

public sealed record NamedTally(int? Id, string NameAr, string NameEn, Tally Tally);

public sealed record CategoryTally(TaskCategory Category, Tally Tally);

/// <summary>The next storm of a governorate with a storm calendar: days until its window opens (Cairo days) and the tally of its tasks.</summary>
public sealed record NextStorm(StormWindow Window, int DaysLeft, Tally Tally);

public sealed record DashboardFigures(
    int GovernorateId,
    string GovernorateNameAr,
    string GovernorateNameEn,
    string? PlanNameAr,
    string? PlanNameEn,
    int? PlanId,
    bool PlanClosed,
    Tally Overall,
    IReadOnlyList<NamedTally> Units,
    IReadOnlyList<NamedTally> Organisations,
    IReadOnlyList<CategoryTally> Categories,
    NextStorm? NextStorm,
    int OpenConcerns,
    DateTimeOffset ComputedAt);
