using System.Text.RegularExpressions;
using System.Xml.Linq;
using Preparedness.Web.Features.Seasons;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Library;

namespace Preparedness.Web.Tests.Features.Seasons;

/// <summary>The seasons', plans' and library's own string sets: both languages, same placeholders, every key the code builds.</summary>
public sealed partial class SeasonResourceTests
{
    private static readonly string[] SetNames = ["Features/Plans/PlanStrings", "Features/Seasons/SeasonStrings", "Features/Tasks/Library/LibraryStrings"];

    public static TheoryData<string> Sets() => [.. SetNames];

    [Theory]
    [MemberData(nameof(Sets))]
    public void Arabic_and_english_have_the_same_keys_and_placeholders(string set)
    {
        var english = Load(set + ".resx");
        var arabic = Load(set + ".ar.resx");

        Assert.Equal(english.Keys.Order(), arabic.Keys.Order());
        Assert.All(english, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(arabic[pair.Key]), pair.Key);
            Assert.Equal(Placeholders(pair.Value), Placeholders(arabic[pair.Key]));
        });
    }

    [Fact]
    public void Every_error_and_enum_key_the_seasons_and_library_use_exists()
    {
        var keys = SetNames.SelectMany(s => Load(s + ".resx").Keys).ToHashSet();
        var built = Enum.GetValues<Lesson>().Where(l => l != Lesson.None).Select(l => $"Lesson.{l}")
            .Concat(Enum.GetValues<LibraryPhase>().Select(p => $"Phase.{p}"))
            .Concat([Preparedness.Web.Features.Plans.ClosedSeason.ErrorKey]);
        var used = new[] { "Features/Seasons", "Features/Tasks/Library" }
            .SelectMany(d => Directory.GetFiles(Path.Combine(Root, "src", "Preparedness.Web", d), "*.cs", SearchOption.AllDirectories))
            .SelectMany(f => ErrorKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));

        Assert.All(built.Concat(used).Distinct(), key => Assert.Contains(key, keys));
    }

    private static string Root => RepoRoot();

    private static string[] Placeholders(string text) => [.. Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order()];

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Root, "src", "Preparedness.Web", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex("\"((?:Season|Library)\\.[A-Za-z]+)\"")]
    private static partial Regex ErrorKey();

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
