using Microsoft.Extensions.Options;

namespace Preparedness.Web.Features.Health;

/// <summary><see cref="BloodSupply"/> with this installation's thresholds and clock, for the screens.</summary>
internal sealed class HealthRules(IOptions<HealthOptions> options, TimeProvider clock)
{
    public decimal LowSupplyDays => options.Value.LowSupplyDays;

    public SupplyState State(StockView s) =>
        BloodSupply.State(s.UnitsOnHand, s.DailyUse, s.UpdatedAt, clock.GetUtcNow(), options.Value.LowSupplyDays, options.Value.StaleAfterHours);

    public bool IsStale(FacilityView f) => BloodSupply.IsStale(f.UpdatedAt, clock.GetUtcNow(), options.Value.StaleAfterHours);
}
