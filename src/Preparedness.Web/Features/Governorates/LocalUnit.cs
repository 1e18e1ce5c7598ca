namespace Preparedness.Web.Features.Governorates;

public enum LocalUnitKind
{
    CentreAndCity,
    City,
    District,
    NewCity,
    Village,
}

internal sealed class LocalUnit
{
    public int Id { get; set; }
    public int GovernorateId { get; set; }
    public Governorate? Governorate { get; set; }
    public int? ParentId { get; set; }
    public LocalUnit? Parent { get; set; }
    public required string Code { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }
    public LocalUnitKind Kind { get; set; }

    /// <summary>A unit referenced by tasks, accounts or history is deactivated, never deleted.</summary>
    public bool IsActive { get; set; } = true;
}
