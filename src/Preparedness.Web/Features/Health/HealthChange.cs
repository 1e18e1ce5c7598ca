using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Health;

/// <summary>
/// A facility's readiness or one blood stock changed. It carries the new row, so an open dashboard or
/// health page puts it in place without reading anything (one change, no query per screen).
/// </summary>
public sealed record HealthChange(int GovernorateId, FacilityView? Facility, StockView? Stock, string ChangedBy, DateTimeOffset At) : ILiveChange
{
    public string? Scope => LiveScope.Governorate(GovernorateId);
}
