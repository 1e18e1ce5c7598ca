using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard;

public sealed record NamedTally(int? Id, string NameAr, string NameEn, Tally Tally);

public sealed record CategoryTally(TaskCategory Category, Tally Tally);

public sealed record DashboardFigures(
    int GovernorateId,
    string GovernorateNameAr,
    string GovernorateNameEn,
    string? PlanNameAr,
    string? PlanNameEn,
    Tally Overall,
    IReadOnlyList<NamedTally> Units,
    IReadOnlyList<NamedTally> Organisations,
    IReadOnlyList<CategoryTally> Categories,
    int OpenConcerns,
    DateTimeOffset ComputedAt);
