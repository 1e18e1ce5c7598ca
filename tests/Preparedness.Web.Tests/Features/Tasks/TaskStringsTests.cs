using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class TaskStringsTests
{
    [Theory]
    [InlineData("ar-EG", "قاعدة البيانات")]
    [InlineData("en", "cannot reach the database")]
    public void The_database_outage_message_is_in_the_readers_language(string culture, string expected)
    {
        var localizer = new ServiceCollection().AddLogging().AddLocalization().BuildServiceProvider()
            .GetRequiredService<IStringLocalizer<TaskStrings>>();
        var before = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo(culture);
            var text = localizer["Progress.DatabaseUnavailable"];

            Assert.False(text.ResourceNotFound);
            Assert.Contains(expected, text.Value, StringComparison.Ordinal);
        }
        finally
        {
            CultureInfo.CurrentUICulture = before;
        }
    }
}
