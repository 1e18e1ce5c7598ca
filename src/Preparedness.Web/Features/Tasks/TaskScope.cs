using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Tasks;

/// <summary>
/// Whose tasks a list (and its export) may hold: the one place a partner's list is narrowed to its own organisation,
/// so no page or caller can forget it; for everyone else the list is the governorate's, as the filter asks.
/// </summary>
internal static class TaskScope
{
    public static TaskFilter Narrow(Actor actor, TaskFilter filter) =>
        filter with { OwnOrganisationId = actor.OwnOrganisationScope };

    /// <summary>A live change a list of this actor may show (its banner names the task): a partner hears only its own organisation's.</summary>
    public static bool Hears(Actor actor, TaskChange change) =>
        actor.OwnOrganisationScope is not { } own || change.OrganisationId == own;
}
