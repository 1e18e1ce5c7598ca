using System.Text.RegularExpressions;
using System.Xml.Linq;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Tests.Features.Accounts;

public sealed partial class AccountStringsTests
{
    private static readonly string Source = Path.Combine(RepoRoot(), "src", "Preparedness.Web");

    [Fact]
    public void Arabic_and_english_account_strings_have_the_same_keys_and_no_empty_values()
    {
        var english = Load("AccountStrings.resx");
        var arabic = Load("AccountStrings.ar.resx");

        Assert.Equal(english.Keys.Order(), arabic.Keys.Order());
        Assert.All(english.Concat(arabic), pair => Assert.False(string.IsNullOrWhiteSpace(pair.Value), pair.Key));
    }

    [Fact]
    public void Every_error_key_a_service_returns_has_a_string()
    {
        // The account actions' words live with the audit trail's (AuditWordsTests).
        var keys = Directory.GetFiles(Source, "*.cs", SearchOption.AllDirectories)
            .SelectMany(file => ErrorKey().Matches(File.ReadAllText(file)).Select(m => m.Groups[1].Value))
            .Distinct()
            .ToList();

        Assert.Contains("Accounts.NotFound", keys);
        Assert.All(keys, key => Assert.Contains(key, Load("AccountStrings.ar.resx").Keys));
    }

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Source, "Features", "Accounts", file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex("\"(Accounts\\.[A-Za-z]+)\"")]
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
