using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Verification;

/// <summary>A concern raised or resolved: the dashboard's open-concerns figure and the concerns list move.</summary>
public sealed record ConcernChange(int GovernorateId, int ConcernId, int? TaskId, int? OrganisationId, bool Open, string ChangedBy, DateTimeOffset At) : ILiveChange
{
    public string? Scope => LiveScope.Governorate(GovernorateId);

    internal static ConcernChange Of(Concern concern, string changedBy, DateTimeOffset at) =>
        new(concern.GovernorateId, concern.Id, concern.TaskId, concern.OrganisationId, concern.IsOpen, changedBy, at);
}
