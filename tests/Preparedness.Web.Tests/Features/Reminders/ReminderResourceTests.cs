using System.Text.RegularExpressions;
using System.Xml.Linq;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.RemindNow;

namespace Preparedness.Web.Tests.Features.Reminders;

public sealed partial class ReminderResourceTests
{
    private static readonly string Folder = Path.Combine(RepoRoot(), "src", "Preparedness.Web", "Features", "Reminders");

    [Fact]
    public void Arabic_and_english_reminder_texts_have_the_same_keys_and_placeholders()
    {
        var english = Load("ReminderStrings.resx");
        var arabic = Load("ReminderStrings.ar.resx");

        Assert.Equal(english.Keys.Order(), arabic.Keys.Order());
        Assert.All(english, pair =>
        {
            Assert.False(string.IsNullOrWhiteSpace(arabic[pair.Key]), pair.Key);
            Assert.Equal(Placeholders(pair.Value), Placeholders(arabic[pair.Key]));
        });
    }

    [Fact]
    public void Every_key_built_from_an_enum_or_used_in_the_reminder_code_exists()
    {
        var keys = Load("ReminderStrings.resx").Keys.ToHashSet();
        var built = Enum.GetValues<ReminderKind>().Select(k => $"Kind.{k}")
            .Concat(Enum.GetValues<DeliveryChannel>().Select(c => $"Channel.{c}"))
            .Concat(Enum.GetValues<DeliveryStatus>().Select(s => $"Delivery.{s}"))
            .Concat(Enum.GetValues<RemindStatus>().Select(s => new RemindResult(s).MessageKey));
        var used = Directory.GetFiles(Folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".cs", StringComparison.Ordinal) || f.EndsWith(".razor", StringComparison.Ordinal))
            .SelectMany(f => UsedKey().Matches(File.ReadAllText(f)).Select(m => m.Groups[1].Value));

        Assert.All(built.Concat(used).Distinct(), key => Assert.Contains(key, keys));
    }

    private static string[] Placeholders(string text) => [.. Regex.Matches(text, @"\{\d\}").Select(m => m.Value).Order()];

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(Folder, file)).Root!.Elements("data")
            .ToDictionary(d => d.Attribute("name")!.Value, d => d.Element("value")!.Value);

    [GeneratedRegex("""(?:R|L)\["((?:Text|Days|Email|Bell|Notifications|Deliveries|Remind|Nav)\.[A-Za-z]+)"[,\]]""")]
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
