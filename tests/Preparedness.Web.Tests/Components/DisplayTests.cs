using System.Globalization;
using Preparedness.Web.Components.Shared;

namespace Preparedness.Web.Tests.Components;

public sealed class DisplayTests
{
    [Theory]
    [InlineData("ar-EG", 29.5, "30٪\u061C")]
    [InlineData("ar-EG", 100, "100٪\u061C")]
    [InlineData("en", 42.4, "42%")]
    [InlineData("en", 0, "0%")]
    public void A_score_is_a_whole_percent_in_the_cultures_own_sign(string culture, double score, string expected)
    {
        using var _ = new CultureSwitch(culture);

        Assert.Equal(expected, Display.Percent((decimal)score));
        Assert.Equal(((decimal)score / 100m).ToString("P0", CultureInfo.CurrentCulture), Display.Percent((decimal)score));
    }

    [Fact]
    public void No_score_is_a_dash() => Assert.Equal("—", Display.Percent(null));

    [Theory]
    [InlineData("ar-EG", "{0}٪\u061C", "٬")]
    [InlineData("en", "{0}%", ",")]
    public void The_board_gets_the_same_percent_pattern_and_digit_grouping(string culture, string pattern, string group)
    {
        using var _ = new CultureSwitch(culture);

        Assert.Equal(pattern, Display.PercentPattern);
        Assert.Equal(Display.Number(1234), $"1{group}234");
    }

    [Fact]
    public void Latin_text_inside_arabic_is_isolated_in_its_own_direction()
    {
        Assert.Equal("\u2068photo-1.jpg\u2069", Display.Isolate("photo-1.jpg"));
        Assert.Equal("", Display.Isolate(null));
    }

    private sealed class CultureSwitch : IDisposable
    {
        private readonly CultureInfo before = CultureInfo.CurrentCulture;

        public CultureSwitch(string name) => CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(name);

        public void Dispose() => CultureInfo.CurrentCulture = before;
    }
}
