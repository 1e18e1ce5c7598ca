using Preparedness.Web.Features.Health;

namespace Preparedness.Web.Tests.Features.Health;

public sealed class BloodSupplyTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 7, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData(30, "10", "3")]
    [InlineData(25, "10", "2.5")]
    [InlineData(29, "10", "2.9")]
    [InlineData(7, "3", "2.3")]
    [InlineData(0, "4", "0")]
    [InlineData(12, "0.5", "24")]
    public void Days_of_supply_are_units_on_hand_over_daily_use_to_one_decimal_rounded_down(int units, string dailyUse, string expected)
    {
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture),
            BloodSupply.DaysOfSupply(units, decimal.Parse(dailyUse, System.Globalization.CultureInfo.InvariantCulture)));
    }

    [Fact]
    public void With_no_daily_use_there_are_no_days_to_count_and_only_an_empty_shelf_is_low()
    {
        Assert.Null(BloodSupply.DaysOfSupply(40, 0));
        Assert.False(BloodSupply.IsLow(40, 0, 3));
        Assert.True(BloodSupply.IsLow(0, 0, 3));
    }

    [Theory]
    [InlineData(29, "10", true)]
    [InlineData(30, "10", false)]
    [InlineData(31, "10", false)]
    [InlineData(0, "10", true)]
    public void A_stock_is_low_below_the_threshold_and_not_at_it(int units, string dailyUse, bool low)
    {
        Assert.Equal(low, BloodSupply.IsLow(units, decimal.Parse(dailyUse, System.Globalization.CultureInfo.InvariantCulture), 3));
    }

    [Fact]
    public void A_stock_not_updated_within_a_day_or_never_reported_is_not_reported_however_healthy_its_figures()
    {
        Assert.Equal(SupplyState.Adequate, BloodSupply.State(100, 2, Now.AddHours(-23), Now, 3, 24));
        Assert.Equal(SupplyState.NotReported, BloodSupply.State(100, 2, Now.AddHours(-25), Now, 3, 24));
        Assert.Equal(SupplyState.NotReported, BloodSupply.State(100, 2, null, Now, 3, 24));
        Assert.Equal(SupplyState.NotReported, BloodSupply.State(0, 2, Now.AddDays(-3), Now, 3, 24));
        Assert.Equal(SupplyState.Low, BloodSupply.State(5, 2, Now.AddHours(-1), Now, 3, 24));
    }
}
