using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Health;

/// <summary>
/// A facility's readiness or one blood stock changed, or a hospital was added or retired. It carries the new row, so an open dashboard or
/// health page puts it in place without reading anything (one change, no query per screen).
/// </summary>
public sealed record HealthChange(int GovernorateId, FacilityView? Facility, StockView? Stock, string ChangedBy, DateTimeOffset At) : ILiveChange
{
    public string? Scope => LiveScope.Governorate(GovernorateId);

    /// <summary>A hospital just added with a blood bank: its stocks, not reported yet.</summary>
    public IReadOnlyList<StockView> NewStocks { get; init; } = [];

    /// <summary>The facility was retired: screens drop it and its stocks.</summary>
    public bool Retired { get; init; }

    /// <summary>
    /// Whether a screen showing <paramref name="shown"/> to this actor takes the change: whoever reads the health pack
    /// takes all; a partner only its own organisation's facilities and their stocks, so no other hospital's name,
    /// stock or banner reaches its page.
    /// </summary>
    public bool IsFor(Actor actor, HealthSummary? shown) =>
        actor.CanReadHealth(GovernorateId)
        || (Facility is { } f
            ? actor.CanReadFacility(GovernorateId, f.HolderOrganisationId)
            : Stock is { } s && shown?.Facilities.Any(x => x.Id == s.FacilityId) == true);
}
