using System.Text.RegularExpressions;
using System.Xml.Linq;
using Preparedness.Web.Features.Health;

namespace Preparedness.Web.Tests.Features.Health;

public sealed partial class HealthStringsTests
{
    private static readonly string Folder = Path.Combine(RepoRoot(), "src", "Preparedness.Web", "Features", "Health");

    [Fact]
    public void Arabic_and_english_health_texts_have_the_same_keys_and_placeholders()
    {
        var english = Load("HealthStrings.resx");
        var arabic = Load("HealthStrings.ar.resx");

        Assert.Equal(english.Keys.Order(), arabic.Keys.Order());
        Assert.All(english, pair => Assert.Equal(Placeholders(pair.Value), Placeholders(arabic[pair.Key])));
    }

    [Fact]
    public void Every_key_the_health_code_uses_or_builds_exists()
    {
        var keys = Load("HealthStrings.resx").Keys.ToHashSet();
        var built = Enum.GetValues<SupplyState>().Select(s => $"Health.State.{s}")
            .Concat(new[] { HealthResult.NotFound, HealthResult.Conflict }.SelectMany(r => r.Errors));
        var used = Directory.GetFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));

        Assert.All(built.Concat(used).Distinct(), key => Assert.Contains(key, keys));
    }

    private static string[] Placeholders(string text) => [.. Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order()];

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex("\"(Health\\.[A-Za-z.]+[A-Za-z])\"")]
    private static partial Regex UsedKey();

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
