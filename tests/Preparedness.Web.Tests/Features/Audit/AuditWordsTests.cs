using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Audit;

public sealed partial class AuditWordsTests : DatabaseTest
{
    [Fact]
    public async Task In_arabic_actions_fields_and_values_are_words_not_codes()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
        var words = Get<AuditWords>();
        var names = await Get<AuditQueries>().NamesAsync(World.Admin);

        Assert.Equal("أعاد المهمة", words.Action("task.returned"));
        Assert.Equal("تحقّق من المهمة", words.Action("task.verified"));
        Assert.Equal("مهمة 17", words.Entity("task", "17"));
        Assert.Equal("الحالة: أُبلغ بإنجازها ← تم التحقق", words.Change(new FieldChange { Field = "Status", From = "ReportedDone", To = "Verified" }, "task", names));
        Assert.Equal(
            $"الجهة: {World.LuxorWater.NameAr} ← {World.EsnaCouncil.NameAr}",
            words.Change(new FieldChange { Field = "OrganisationId", From = $"{World.LuxorWater.Id}", To = $"{World.EsnaCouncil.Id}" }, "task", names));
        Assert.Equal("الدور: — ← الأمانة العامة", words.Change(new FieldChange { Field = "Role", To = Roles.Secretariat }, "account", names));
        Assert.Equal("مفعّل: نعم ← لا", words.Change(new FieldChange { Field = "IsActive", From = "true", To = "false" }, "unit", names));

        // An action another feature adds later, without words yet, still shows its code rather than nothing.
        Assert.Equal("plan.imported", words.Action("plan.imported"));
    }

    [Fact]
    public async Task The_csv_keeps_the_code_and_adds_the_words()
    {
        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
        await using (var db = Db())
        {
            db.AuditEvents.Add(new AuditEvent
            {
                At = Now, Action = "task.returned", EntityType = "task", EntityId = "5", GovernorateId = World.Luxor.Id, UserName = "المستشار",
                Changes = [new FieldChange { Field = "Status", From = "ReportedDone", To = "Returned" }],
            });
            await db.SaveChangesAsync();
        }

        using var output = new MemoryStream();
        await AuditCsv.WriteAsync(output, Get<AuditQueries>().ExportAsync(World.Admin, new AuditFilter()), Get<AuditWords>(), await Get<AuditQueries>().NamesAsync(World.Admin), CancellationToken.None);

        var lines = Encoding.UTF8.GetString(output.ToArray()[3..]).Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries);
        Assert.StartsWith("time_cairo,user,ip_address,action,action_words,entity_type,entity_id,governorate,changes,changes_words,note", lines[0]);
        Assert.Contains(",task.returned,أعاد المهمة,task,5,", lines[1]);
        Assert.Contains("Status: ReportedDone → Returned,الحالة: أُبلغ بإنجازها ← أُعيدت", lines[1]);
    }

    [Fact]
    public void Every_action_the_app_records_has_words_in_both_languages()
    {
        var english = Load("AuditStrings.resx");
        var arabic = Load("AuditStrings.ar.resx");
        var source = Directory.GetFiles(Path.Combine(RepoRoot(), "src", "Preparedness.Web"), "*.cs", SearchOption.AllDirectories).Select(File.ReadAllText).ToList();
        var structure = new[] { "governorate", "unit", "organisation" }.SelectMany(e => new[] { "created", "changed", "deactivated", "reactivated" }.Select(a => $"{e}.{a}"));
        var actions = AccountActions.All
            .Concat(structure)
            .Concat(source.SelectMany(text => ActionLiteral().Matches(text).Select(m => m.Groups[1].Value)))
            .Distinct()
            .ToList();

        Assert.Equal(english.Keys.Order(), arabic.Keys.Order());
        Assert.Contains("task.returned", actions);
        Assert.All(actions, action => Assert.Contains($"Action.{action}", arabic.Keys));
    }

    [GeneratedRegex("\"((?:task|concern)\\.[a-z-]+)\"")]
    private static partial Regex ActionLiteral();

    private static Dictionary<string, string> Load(string file) =>
        XDocument.Load(Path.Combine(RepoRoot(), "src", "Preparedness.Web", "Features", "Audit", file)).Root!.Elements("data")
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
