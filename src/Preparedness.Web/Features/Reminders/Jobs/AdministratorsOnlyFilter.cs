using Hangfire.Dashboard;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.TwoFactor;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>
/// The Hangfire dashboard shows job arguments and lets one delete and retry jobs: administrators only,
/// and, like every page, only once they use the second factor their role requires (the dashboard is no
/// endpoint of the app's authorization policy, so it asks the same rule itself).
/// Hangfire answers 401 to a visitor who is not signed in and 403 to a signed-in user who is refused.
/// </summary>
internal sealed class AdministratorsOnlyFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context)
    {
        var http = context.GetHttpContext();
        return Actor.From(http.User) is { CanOpenJobsDashboard: true }
            && !http.RequestServices.GetRequiredService<TwoFactorRule>().IsMissing(http.User);
    }
}
