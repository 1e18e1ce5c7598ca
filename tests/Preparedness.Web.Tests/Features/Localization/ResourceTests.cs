using System.Globalization;
using System.Xml.Linq;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Localization;

public sealed class ResourceTests
{
    private static readonly string ResourceFolder = Path.Combine(RepoRoot(), "src", "Preparedness.Web", "Features", "Localization");

    [Fact]
    public void Arabic_and_english_resources_have_the_same_keys_and_no_empty_values()
    {
        var english = Load("Strings.resx");
        var arabic = Load("Strings.ar.resx");

        Assert.Equal(english.Keys.Order(), arabic.Keys.Order());
        Assert.All(english.Concat(arabic), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    public static TheoryData<string> ComputedKeys()
    {
        var keys = new TheoryData<string>();
        foreach (var s in Enum.GetValues<TaskStatus>()) keys.Add($"Status.{s}");
        foreach (var c in Enum.GetValues<TaskCategory>()) keys.Add($"Category.{c}");
        foreach (var p in Enum.GetValues<TaskPriority>()) keys.Add($"Priority.{p}");
        foreach (var m in Enum.GetValues<MeasureKind>()) keys.Add($"Measure.{m}");
        foreach (var k in Enum.GetValues<HistoryKind>()) keys.Add($"History.{k}");
        foreach (var s in Enum.GetValues<TaskSort>()) keys.Add($"Sort.{s}");
        foreach (var r in Roles.All) keys.Add($"Role.{r}");
        foreach (var k in Enum.GetValues<Preparedness.Web.Features.Governorates.LocalUnitKind>()) keys.Add($"Structure.UnitKind.{k}");
        foreach (var k in Enum.GetValues<Preparedness.Web.Features.Organisations.OrganisationKind>()) keys.Add($"Structure.OrganisationKind.{k}");
        foreach (var f in new[] { "Status", "Achieved", "BlockedReason", "TitleAr", "TitleEn", "DescriptionAr", "DescriptionEn", "OrganisationId", "LocalUnitId", "Category", "Priority", "DueOn", "Measure", "Target", "UnitAr", "UnitEn", "Evidence" }) keys.Add($"Field.{f}");
        return keys;
    }

    [Theory]
    [MemberData(nameof(ComputedKeys))]
    public void Every_key_built_from_an_enum_or_field_name_exists(string key) =>
        Assert.Contains(key, Load("Strings.resx").Keys);

    [Fact]
    public void Error_keys_returned_by_services_exist_in_both_languages()
    {
        var serviceSource = Directory.GetFiles(Path.Combine(RepoRoot(), "src", "Preparedness.Web"), "*.cs", SearchOption.AllDirectories)
            .Select(File.ReadAllText);
        var keys = serviceSource
            .SelectMany(text => System.Text.RegularExpressions.Regex.Matches(text, "\"((?:Validation|Error|Evidence|Review|Concern|Structure)\\.[A-Za-z]+)\"").Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.NotEmpty(keys);
        // The error list reads the shared strings, then the features' own sets (the evidence texts among them).
        var arabic = Load("Strings.ar.resx").Keys
            .Concat(Load(Path.Combine("..", "Tasks", "Evidence", "EvidenceStrings.ar.resx")).Keys)
            .ToHashSet();
        Assert.All(keys, key => Assert.Contains(key, arabic));
    }

    [Fact]
    public void The_compiled_resources_answer_in_arabic_for_ar_eg()
    {
        var factory = new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance);
        var localizer = factory.Create(typeof(Strings));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
            Assert.Equal("متأخرة", localizer["Flag.Overdue"]);
            CultureInfo.CurrentUICulture = new CultureInfo("en");
            Assert.Equal("Overdue", localizer["Flag.Overdue"]);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(ResourceFolder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    private static string RepoRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Preparedness.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Preparedness.sln not found above the test binaries.");
    }
}
