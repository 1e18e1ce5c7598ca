using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Structure;

/// <summary>What a form sends. The code is set once, at creation: other records and the storm calendar rely on it.</summary>
public class NamedDraft
{
    public string? Code { get; set; }
    public string? NameAr { get; set; }
    public string? NameEn { get; set; }
}

public sealed class GovernorateDraft : NamedDraft;

public sealed class UnitDraft : NamedDraft
{
    public LocalUnitKind Kind { get; set; } = LocalUnitKind.CentreAndCity;
    public int? ParentId { get; set; }
}

public sealed class OrganisationDraft : NamedDraft
{
    public OrganisationKind Kind { get; set; } = OrganisationKind.Directorate;

    /// <summary>Only for a local council: the unit it runs.</summary>
    public int? LocalUnitId { get; set; }
}
