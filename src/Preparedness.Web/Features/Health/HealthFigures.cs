namespace Preparedness.Web.Features.Health;

/// <summary>The health pack in a few numbers: the dashboard's panel and the report's section count the same way.</summary>
public sealed record HealthFigures(
    int Hospitals, int HospitalsNotReported, int Beds, int IcuBeds, int EmergencyOpen, int GeneratorsTested,
    int Stocks, int StocksLow, int StocksNotReported, IReadOnlyList<StockView> Low)
{
    internal static HealthFigures Of(HealthSummary summary, HealthRules rules)
    {
        // A hospital that has not reported counts for nothing: its beds are not known to be there.
        var hospitals = summary.Facilities.Where(f => f.Kind == FacilityKind.Hospital).ToList();
        var reported = hospitals.Where(h => !rules.IsStale(h)).ToList();
        var states = summary.Stocks.Select(s => (Stock: s, State: rules.State(s))).ToList();
        return new HealthFigures(
            hospitals.Count,
            hospitals.Count - reported.Count,
            reported.Sum(h => h.Beds),
            reported.Sum(h => h.IcuBeds),
            reported.Count(h => h.EmergencyOpen),
            reported.Count(h => h.GeneratorTested),
            states.Count,
            states.Count(x => x.State == SupplyState.Low),
            states.Count(x => x.State == SupplyState.NotReported),
            [.. states.Where(x => x.State == SupplyState.Low).Select(x => x.Stock).OrderBy(s => s.DaysOfSupply ?? 0)]);
    }
}
