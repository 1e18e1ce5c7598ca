using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders.Digest;

namespace Preparedness.Web.Features.Dashboard;

/// <summary>The morning digest's readiness: the dashboard's overall figures, computed the same way.</summary>
internal sealed class DigestReadinessFromDashboard(DashboardService dashboard) : IDigestReadiness
{
    public async Task<DigestReadiness> OverallAsync(int governorateId, CancellationToken ct)
    {
        var overall = (await dashboard.GetAsync(Actor.System, governorateId, ct)).Overall;
        return new DigestReadiness(overall.Score, overall.VerifiedShare, overall.Tasks, overall.Overdue, overall.AtRisk, overall.Stale, overall.AwaitingVerification);
    }
}
