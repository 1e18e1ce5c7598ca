using Preparedness.Web.Features.Governorates;

namespace Preparedness.Web.Features.Organisations;

public enum OrganisationKind
{
    LocalCouncil,
    Directorate,
    UtilityCompany,
    Authority,
    Military,
    Partner,
    GovernorateOffice,
}

internal sealed class Organisation
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public Governorate? Governorate { get; set; }

    /// <summary>Set for a local council: the local unit it runs.</summary>
    public int? LocalUnitId { get; set; }
    public LocalUnit? LocalUnit { get; set; }
    public required string Code { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }
    public OrganisationKind Kind { get; set; }

    /// <summary>An organisation referenced by tasks, accounts or history is deactivated, never deleted.</summary>
    public bool IsActive { get; set; } = true;
}
