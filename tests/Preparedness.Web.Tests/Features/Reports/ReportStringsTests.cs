using System.Text.RegularExpressions;
using System.Xml.Linq;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Reports;

public sealed partial class ReportStringsTests
{
    private static readonly string Folder = Path.Combine(RepositoryFiles.Root, "src", "Preparedness.Web", "Features", "Reports");

    [Fact]
    public void Arabic_and_english_report_strings_have_the_same_keys_and_no_empty_values()
    {
        var english = Load("ReportStrings.resx");
        var arabic = Load("ReportStrings.ar.resx");

        Assert.Equal(english.Keys.Order(), arabic.Keys.Order());
        Assert.All(english.Concat(arabic), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_key_the_report_asks_for_has_a_string()
    {
        var keys = Directory.GetFiles(Folder, "*.razor", SearchOption.AllDirectories)
            .Append(Path.Combine(RepositoryFiles.Root, "src", "Preparedness.Web", "Components", "Layout", "NavMenu.razor"))
            .SelectMany(file => Key().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.Contains("Report.Title", keys);
        Assert.All(keys, key => Assert.Contains(key, Load("ReportStrings.ar.resx").Keys));
    }

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex("R[p]?\\[\"(Report\\.[A-Za-z]+)\"")]
    private static partial Regex Key();
}
