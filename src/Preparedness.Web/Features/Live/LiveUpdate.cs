using Preparedness.Web.Features.Dashboard;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// What screens of a governorate receive after a change: the change, and the governorate's figures
/// computed once for everyone. <see cref="Change"/> is null for a re-sync (figures only).
/// </summary>
public sealed record LiveUpdate(int GovernorateId, TaskChange? Change, DashboardFigures Figures);
