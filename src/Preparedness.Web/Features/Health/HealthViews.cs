namespace Preparedness.Web.Features.Health;

/// <summary>A facility as the screens show it.</summary>
public sealed record FacilityView(
    int Id, FacilityKind Kind, string NameAr, string NameEn, int HolderOrganisationId, int Beds, int IcuBeds,
    bool EmergencyOpen, bool GeneratorTested, DateTimeOffset? UpdatedAt, string? UpdatedByName, uint Version);

/// <summary>A blood stock as the screens show it; its days of supply and state come from <see cref="BloodSupply"/>.</summary>
public sealed record StockView(
    int Id, int FacilityId, BloodGroup Group, int UnitsOnHand, decimal DailyUse, DateTimeOffset? UpdatedAt, string? UpdatedByName, uint Version)
{
    public decimal? DaysOfSupply => BloodSupply.DaysOfSupply(UnitsOnHand, DailyUse);
}

/// <summary>A governorate's facilities and their blood stock, read once; a live change replaces one row of it.</summary>
public sealed record HealthSummary(int GovernorateId, IReadOnlyList<FacilityView> Facilities, IReadOnlyList<StockView> Stocks)
{
    public HealthSummary With(HealthChange change) => change.Facility switch
    {
        { } gone when change.Retired => this with
        {
            Facilities = [.. Facilities.Where(x => x.Id != gone.Id)],
            Stocks = [.. Stocks.Where(x => x.FacilityId != gone.Id)],
        },
        { } added when Facilities.All(x => x.Id != added.Id) => this with
        {
            Facilities = [.. Facilities.Append(added).OrderBy(x => x.Kind).ThenBy(x => x.NameAr, StringComparer.Ordinal)],
            Stocks = [.. Stocks, .. change.NewStocks],
        },
        _ => Replaced(change),
    };

    private HealthSummary Replaced(HealthChange change) => this with
    {
        Facilities = change.Facility is { } f ? [.. Facilities.Select(x => x.Id == f.Id ? f : x)] : Facilities,
        Stocks = change.Stock is { } s ? [.. Stocks.Select(x => x.Id == s.Id ? s : x)] : Stocks,
    };
}
