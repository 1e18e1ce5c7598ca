using System.Text.RegularExpressions;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Architecture;

/// <summary>
/// Every progress bar has an accessible name (axe: aria-progressbar-name, serious). A loading bar is on screen
/// only for a moment, so the browser's axe run sees a nameless one only by chance; this reads every page instead.
/// </summary>
public sealed partial class ProgressBarNameTests
{
    [Fact]
    public void Every_progress_bar_in_the_app_is_named()
    {
        var unnamed = Directory.EnumerateFiles(RepositoryFiles.Path("src", "Preparedness.Web"), "*.razor", SearchOption.AllDirectories)
            .SelectMany(file => ProgressBar().Matches(File.ReadAllText(file))
                .Where(bar => !bar.Value.Contains("aria-label=", StringComparison.Ordinal))
                .Select(bar => $"{Path.GetFileName(file)}: {bar.Value}"))
            .ToList();

        Assert.Empty(unnamed);
    }

    [GeneratedRegex(@"<MudProgressLinear\b.*?/>", RegexOptions.Singleline)]
    private static partial Regex ProgressBar();
}
