using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;

namespace Preparedness.Web.Features.Reports;

/// <summary>What the report is about: the governorate, or one of its local units or organisations.</summary>
public sealed record ReportSubject(int GovernorateId, int? LocalUnitId, int? OrganisationId, string NameAr, string NameEn)
{
    public FigureScope? Scope => LocalUnitId is { } unit ? FigureScope.Unit(unit)
        : OrganisationId is { } organisation ? FigureScope.Organisation(organisation)
        : null;
}

public sealed record OverdueItem(TaskRow Task, int DaysLate);

public sealed record ReturnedItem(int Id, string TitleAr, string TitleEn, string OrganisationNameAr, string OrganisationNameEn, string? Reason, DateTimeOffset ReturnedAt, string ReturnedBy);

/// <summary>
/// The readiness report: the dashboard's own figures (<see cref="DashboardFigures"/>, the same query and rules)
/// for the subject, and the lists behind them read through the task list's and the concerns' own queries.
/// </summary>
public sealed record ReadinessReport(
    ReportSubject Subject,
    DashboardFigures Figures,
    IReadOnlyList<OverdueItem> WorstOverdue,
    IReadOnlyList<ReturnedItem> Returned,
    IReadOnlyList<ConcernRow> OpenConcerns,
    string PrintedBy,
    DateTimeOffset PrintedAt)
{
    /// <summary>The governorate's count is the dashboard's (the list stops at its first rows); a part's is its list's.</summary>
    public int OpenConcernCount => Subject.Scope is null ? Figures.OpenConcerns : OpenConcerns.Count;
}
