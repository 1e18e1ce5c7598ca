using Preparedness.Web.Components.Shared;
using Preparedness.Web.Features.Health;

namespace Preparedness.Web.Tests.Features.Health;

/// <summary>The hospital forms read bed counts as the blood-stock fields do: Arabic-Indic digits are numbers too.</summary>
public sealed class HospitalBedsTests
{
    [Theory]
    [InlineData("١٢٠", "١٢", 120, 12)]
    [InlineData("۱۲۰", "0", 120, 0)]
    [InlineData("120", "١2", 120, 12)]
    public void Typed_bed_counts_in_any_digits_are_whole_numbers(string beds, string icu, int expectedBeds, int expectedIcu) =>
        Assert.Equal((expectedBeds, expectedIcu), HospitalBeds.Whole(TypedNumbers.Quantity.ConvertBack(beds), TypedNumbers.Quantity.ConvertBack(icu)));

    [Theory]
    [InlineData("١٢٫٥", "1")]
    [InlineData("", "1")]
    [InlineData("10001", "1")]
    [InlineData("-1", "0")]
    public void A_missing_fractional_negative_or_too_large_count_is_refused(string beds, string icu) =>
        Assert.Null(HospitalBeds.Whole(TypedNumbers.Quantity.ConvertBack(beds), TypedNumbers.Quantity.ConvertBack(icu)));
}
