using Hangfire.Dashboard;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>
/// The Hangfire dashboard shows job arguments and lets one delete and retry jobs: administrators only.
/// Hangfire answers 401 to a visitor who is not signed in and 403 to a signed-in user who is refused.
/// </summary>
internal sealed class AdministratorsOnlyFilter : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) => Actor.From(context.GetHttpContext().User) is { CanOpenJobsDashboard: true };
}
