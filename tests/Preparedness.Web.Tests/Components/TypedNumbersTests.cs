using Preparedness.Web.Components.Shared;

namespace Preparedness.Web.Tests.Components;

public sealed class TypedNumbersTests
{
    [Theory]
    [InlineData("١٢٠", 120)]
    [InlineData("۱۲۰", 120)]
    [InlineData("٢٫٥", 2.5)]
    [InlineData("2.5", 2.5)]
    [InlineData("١2٠", 120)]
    public void Digits_as_arabic_phones_type_them_are_read_as_the_same_number(string typed, double expected) =>
        Assert.Equal((decimal)expected, TypedNumbers.Quantity.ConvertBack(typed));

    [Fact]
    public void A_number_is_shown_with_latin_digits_and_at_most_two_decimals() =>
        Assert.Equal("2.35", TypedNumbers.Quantity.Convert(2.345m));

    [Fact]
    public void An_empty_field_is_no_number() =>
        Assert.Null(TypedNumbers.Quantity.ConvertBack(""));
}
