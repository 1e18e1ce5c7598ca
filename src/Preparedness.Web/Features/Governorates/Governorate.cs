namespace Preparedness.Web.Features.Governorates;

internal sealed class Governorate
{
    public int Id { get; set; }
    public required string Code { get; set; }
    public required string NameAr { get; set; }
    public required string NameEn { get; set; }
    public bool IsActive { get; set; } = true;
    public List<LocalUnit> LocalUnits { get; set; } = [];
}
