using System.Text.RegularExpressions;
using System.Xml.Linq;

namespace Preparedness.Web.Tests.Features.Agreements;

/// <summary>The agreements' own string set: both languages, same placeholders, every key the code names.</summary>
public sealed partial class AgreementStringsTests
{
    private static readonly string Folder = Path.Combine(RepoRoot(), "src", "Preparedness.Web", "Features", "Agreements");

    [Fact]
    public void Arabic_and_english_have_the_same_keys_and_placeholders()
    {
        var english = Load("AgreementStrings.resx");
        var arabic = Load("AgreementStrings.ar.resx");

        Assert.Equal(english.Keys.Order(), arabic.Keys.Order());
        Assert.All(english, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(arabic[pair.Key]), pair.Key);
            Assert.Equal(Placeholders(pair.Value), Placeholders(arabic[pair.Key]));
        });
    }

    [Fact]
    public void Every_key_the_agreements_code_names_exists()
    {
        var keys = Load("AgreementStrings.resx").Keys.ToHashSet();
        var used = Directory.GetFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .SelectMany(f => Key().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value))
            .ToList();

        Assert.NotEmpty(used);
        Assert.All(used.Distinct(), key => Assert.Contains(key, keys));
    }

    private static string[] Placeholders(string text) => [.. Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order()];

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex("\"((?:Agreements?|Commitments?)\\.[A-Za-z.]+)\"")]
    private static partial Regex Key();

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
