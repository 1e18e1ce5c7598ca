using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class SearchTextTests
{
    [Theory]
    [InlineData("أإآٱا", "ااااا")]
    [InlineData("مدرسة", "مدرسه")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("مُسْتَشْفَى", "مستشفي")]
    [InlineData("مـــدرســة", "مدرسه")]
    [InlineData("  Flood   CHANNELS ", "flood channels")]
    [InlineData(null, "")]
    public void Fold_removes_what_searchers_do_not_type(string? input, string expected) =>
        Assert.Equal(expected, SearchText.Fold(input));
}
