using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Agreements;

/// <summary>An agreement recorded, edited, retired, given a document or a commitment: its pages and the dashboard's panel re-read.</summary>
public sealed record AgreementChange(int GovernorateId, int AgreementId, string ChangedBy, DateTimeOffset At) : ILiveChange
{
    public string? Scope => LiveScope.Governorate(GovernorateId);
}
