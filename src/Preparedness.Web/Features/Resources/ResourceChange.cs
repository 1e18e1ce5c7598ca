using Preparedness.Web.Features.Live;

namespace Preparedness.Web.Features.Resources;

public enum ResourceChangeKind
{
    Stock,
    Minimum,
    GapTask,
}

/// <summary>A committed change to a governorate's resources: open resource screens re-read, dashboards get new figures.</summary>
public sealed record ResourceChange(
    ResourceChangeKind Kind, int GovernorateId, int LocalUnitId, int ResourceTypeId, int? OrganisationId, string ChangedBy, DateTimeOffset At) : ILiveChange
{
    public string? Scope => LiveScope.Governorate(GovernorateId);
}

/// <summary>A governorate's resource figures, computed once per change on each instance and handed to its open dashboards.</summary>
public sealed record ResourceFiguresUpdate(int GovernorateId, ResourceFigures Figures, ResourceChange Change);
