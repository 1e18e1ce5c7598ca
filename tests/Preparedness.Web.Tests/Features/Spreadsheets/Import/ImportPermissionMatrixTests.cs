using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Spreadsheets.Import;

/// <summary>
/// Every role against every import into Luxor, preview and apply, called on the service as a forged request
/// would reach it. Y: done; D: refused (AccessDeniedException), and a refusal writes nothing.
/// </summary>
public sealed class ImportPermissionMatrixTests : DatabaseTest
{
    private static readonly string[] ActorNames = ["Admin", "LuxorSecretariat", "AlexSecretariat", "WaterHead", "LuxorAdviser", "LuxorGovernor", "LuxorOpsRoom", PartnerActors.WaterPartner];

    private static readonly Dictionary<ImportKind, string> Matrix = new()
    {
        //                      Admin, Sec Luxor, Sec Alex, Org head, Adviser, Governor, Ops room, Partner
        [ImportKind.Structure] = "YYDDDDDD",
        [ImportKind.Users] = "YYDDDDDD",
        [ImportKind.Tasks] = "YYDDDDDD",
    };

    public static TheoryData<string> Actors() => [.. ActorNames];

    [Theory]
    [MemberData(nameof(Actors))]
    public async Task Role_can_import_exactly_the_kinds_of_its_column(string actorName)
    {
        var actor = PartnerActors.Find(World, actorName) ?? (Actor)typeof(TestWorld).GetProperty(actorName)!.GetValue(World)!;
        var column = Array.IndexOf(ActorNames, actorName);
        var wrong = new List<string>();
        var serial = 0;
        foreach (var (kind, outcomes) in Matrix)
        {
            foreach (var apply in new[] { false, true })
            {
                var before = await CountAsync();
                var outcome = await TryAsync(actor, kind, apply, ++serial);
                if (outcome != outcomes[column]) wrong.Add($"{kind} {(apply ? "apply" : "preview")}: {outcome}, expected {outcomes[column]}");
                if (outcome == 'D' && await CountAsync() != before) wrong.Add($"{kind}: refused but changed something");
            }
        }

        Assert.Empty(wrong);
        // The menu: another governorate's secretariat imports into its own.
        Assert.Equal(column <= 2, actor.CanImportAny());
    }

    private async Task<char> TryAsync(Actor actor, ImportKind kind, bool apply, int serial)
    {
        var file = kind switch
        {
            ImportKind.Structure => ImportFiles.Csv("code,name_ar,name_en,kind,parent_code", $"unit-{serial},وحدة,Unit,Village,"),
            ImportKind.Users => ImportFiles.Csv("email,display_name,role,governorate_code,organisation_code,active", $"user{serial}@luxor.gov.eg,User,Governor,luxor,,"),
            _ => ImportFiles.Csv("id,title_ar,title_en,organisation_code,category,priority,due_on,measure", $",مهمة {serial},Task,water,Drainage,Normal,2026-12-20,DoneOrNot"),
        };
        var service = Get<ImportService>();
        try
        {
            var result = apply
                ? await service.ApplyAsync(actor, kind, World.Luxor.Id, file, new Uri("https://preparedness.example/"))
                : await service.PreviewAsync(actor, kind, World.Luxor.Id, file);
            return result.IsValid && result.Count(RowAction.Create) == 1 && result.Applied == apply ? 'Y' : 'E';
        }
        catch (AccessDeniedException)
        {
            return 'D';
        }
    }

    private async Task<int> CountAsync()
    {
        await using var db = Db();
        return await db.LocalUnits.CountAsync() + await db.Users.CountAsync() + await db.Tasks.CountAsync() + await db.AuditEvents.CountAsync();
    }
}
