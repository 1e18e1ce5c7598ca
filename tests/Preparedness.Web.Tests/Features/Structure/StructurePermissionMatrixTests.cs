using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Structure;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Structure;

/// <summary>
/// Every role against every structure action, called on the services themselves — as a forged request
/// would reach them — on Luxor's records. Y: done; D: refused (AccessDeniedException); F: refused as not found
/// (another governorate's record). A refusal changes nothing.
/// </summary>
public sealed class StructurePermissionMatrixTests : DatabaseTest
{
    private static readonly string[] ActorNames = ["Admin", "LuxorSecretariat", "AlexSecretariat", "WaterHead", "LuxorAdviser", "LuxorGovernor", "LuxorOpsRoom", PartnerActors.WaterPartner];

    private static readonly Dictionary<string, string> Matrix = new()
    {
        // A partner does not read the governorate, so its changes find nothing there (as another governorate's secretariat).
        //                         Admin, Sec Luxor, Sec Alex, Org head, Adviser, Governor, Ops room, Partner
        ["ListLuxorUnits"] = "YYDDDDDD",
        ["CreateLuxorUnit"] = "YYFDDDDF",
        ["EditLuxorUnit"] = "YYFDDDDF",
        ["DeactivateLuxorUnit"] = "YYFDDDDF",
        ["ReactivateLuxorUnit"] = "YYFDDDDF",
        ["ListLuxorOrganisations"] = "YYDDDDDD",
        ["CreateLuxorOrganisation"] = "YYFDDDDF",
        ["EditLuxorOrganisation"] = "YYFDDDDF",
        ["DeactivateLuxorOrganisation"] = "YYFDDDDF",
        ["ReactivateLuxorOrganisation"] = "YYFDDDDF",
        ["ListGovernorates"] = "YDDDDDDD",
        ["CreateGovernorate"] = "YDDDDDDD",
        ["RenameLuxor"] = "YDDDDDDD",
        ["DeactivateLuxor"] = "YDDDDDDD",
        ["ReactivateLuxor"] = "YDDDDDDD",
    };

    public static TheoryData<string> Actors() => [.. ActorNames];

    [Theory]
    [MemberData(nameof(Actors))]
    public async Task Role_can_do_exactly_the_structure_actions_of_its_column(string actorName)
    {
        var actor = PartnerActors.Find(World, actorName) ?? (Actor)typeof(TestWorld).GetProperty(actorName)!.GetValue(World)!;
        var column = Array.IndexOf(ActorNames, actorName);
        var wrong = new List<string>();
        var serial = 0;

        foreach (var (action, outcomes) in Matrix)
        {
            var before = await SnapshotAsync();
            var outcome = await TryAsync(action, actor, ++serial);
            if (outcome != outcomes[column])
            {
                wrong.Add($"{action}: {outcome}, expected {outcomes[column]}");
            }
            else if (outcome != 'Y' && await SnapshotAsync() != before)
            {
                wrong.Add($"{action}: refused but changed something");
            }
        }

        Assert.Empty(wrong);
    }

    private async Task<char> TryAsync(string action, Actor actor, int serial)
    {
        var units = Get<UnitAdministration>();
        var organisations = Get<OrganisationAdministration>();
        var governorates = Get<GovernorateAdministration>();
        var queries = Get<StructureQueries>();
        var (luxor, esna, water) = (World.Luxor.Id, World.Esna.Id, World.LuxorWater.Id);
        var names = new UnitDraft { Code = $"unit-{serial}", NameAr = $"وحدة {serial}", NameEn = $"Unit {serial}", Kind = LocalUnitKind.Village };
        var organisation = new OrganisationDraft { Code = $"org-{serial}", NameAr = $"جهة {serial}", NameEn = $"Organisation {serial}", Kind = OrganisationKind.Partner };
        try
        {
            var result = action switch
            {
                "ListLuxorUnits" => await Listed(queries.UnitsAsync(actor, luxor)),
                "CreateLuxorUnit" => await units.CreateAsync(actor, luxor, names),
                "EditLuxorUnit" => await units.UpdateAsync(actor, esna, names),
                "DeactivateLuxorUnit" => await units.SetActiveAsync(actor, esna, false),
                "ReactivateLuxorUnit" => await units.SetActiveAsync(actor, esna, true),
                "ListLuxorOrganisations" => await Listed(queries.OrganisationsAsync(actor, luxor)),
                "CreateLuxorOrganisation" => await organisations.CreateAsync(actor, luxor, organisation),
                "EditLuxorOrganisation" => await organisations.UpdateAsync(actor, water, organisation),
                "DeactivateLuxorOrganisation" => await organisations.SetActiveAsync(actor, water, false),
                "ReactivateLuxorOrganisation" => await organisations.SetActiveAsync(actor, water, true),
                "ListGovernorates" => await Listed(queries.GovernoratesAsync(actor)),
                "CreateGovernorate" => await governorates.CreateAsync(actor, new GovernorateDraft { Code = $"gov-{serial}", NameAr = "محافظة", NameEn = "Governorate" }),
                "RenameLuxor" => await governorates.RenameAsync(actor, luxor, new GovernorateDraft { NameAr = $"الأقصر {serial}", NameEn = $"Luxor {serial}" }),
                "DeactivateLuxor" => await governorates.SetActiveAsync(actor, luxor, false),
                "ReactivateLuxor" => await governorates.SetActiveAsync(actor, luxor, true),
                _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
            };
            return result.Succeeded ? 'Y' : result.Errors.SequenceEqual(StructureResult.NotFound.Errors) ? 'F' : '?';
        }
        catch (AccessDeniedException)
        {
            return 'D';
        }
    }

    private static async Task<StructureResult> Listed<T>(Task<IReadOnlyList<T>> list) =>
        (await list).Count > 0 ? StructureResult.Saved(0) : StructureResult.Invalid(["empty"]);

    private async Task<string> SnapshotAsync()
    {
        await using var db = Db();
        var governorates = await db.Governorates.OrderBy(g => g.Id).Select(g => $"{g.Id}:{g.Code}:{g.NameAr}:{g.NameEn}:{g.IsActive}").ToListAsync();
        var units = await db.LocalUnits.OrderBy(u => u.Id).Select(u => $"{u.Id}:{u.Code}:{u.NameEn}:{u.Kind}:{u.ParentId}:{u.IsActive}").ToListAsync();
        var organisations = await db.Organisations.OrderBy(o => o.Id).Select(o => $"{o.Id}:{o.Code}:{o.NameEn}:{o.Kind}:{o.LocalUnitId}:{o.IsActive}").ToListAsync();
        return string.Join('|', governorates.Concat(units).Concat(organisations)) + $"|audit {await db.AuditEvents.CountAsync()}";
    }
}
