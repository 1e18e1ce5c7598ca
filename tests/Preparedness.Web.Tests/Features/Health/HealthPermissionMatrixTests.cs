using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Health;

/// <summary>
/// Every role against every health action, called on the services themselves — the way a forged request would
/// reach them — on a Luxor hospital held by Luxor's health directorate. The columns are the task matrix's
/// (<see cref="Tasks.PermissionMatrixTests"/>) plus the health directorate's head.
/// </summary>
public sealed class HealthPermissionMatrixTests : DatabaseTest
{
    private const string Y = "allowed";
    private const string N = "denied";

    private static readonly string[] ActorNames =
        ["Admin", "LuxorSecretariat", "WaterHead", "EsnaHead", "LuxorAdviser", "LuxorGovernor", "LuxorOpsRoom", "AlexSecretariat", "AlexWaterHead", "National", "HealthHead", PartnerActors.WaterPartner, PartnerActors.HealthPartner];

    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        // A partner reads the facilities its organisation holds (PartnerScopeTests): none for the water partner, so its read
        // succeeds with nothing in it; the health directorate's partner account reports for the hospital as its head does.
        //                     Admin Sec WaterHd EsnaHd Adviser Governor Ops AlexSec AlexHead National HealthHd WaterPtnr HealthPtnr
        ["ReadHealth"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y, Y, Y],
        ["ReadHealthHistory"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y, N, Y],
        ["UpdateBloodStock"] = [Y, N, N, N, N, N, N, N, N, N, Y, N, Y],
        ["UpdateHospital"] = [Y, N, N, N, N, N, N, N, N, N, Y, N, Y],
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (action, outcomes) in Matrix)
        {
            for (var i = 0; i < ActorNames.Length; i++)
            {
                data.Add(ActorNames[i], action, outcomes[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Role_can_or_cannot_do_health_action(string actorName, string action, string expected)
    {
        HealthFacility hospital;
        BloodStock stock;
        await using (var db = Db())
        {
            (hospital, var stocks) = await HealthData.AddHospitalAsync(db, World, Clock.GetUtcNow());
            stock = stocks[0];
        }

        var actor = actorName == "HealthHead"
            ? new Actor("health-lx", "Health head", Roles.OrganisationHead, World.Luxor.Id, World.LuxorHealth.Id)
            : PartnerActors.Find(World, actorName) ?? (Actor)typeof(TestWorld).GetProperty(actorName)!.GetValue(World)!;
        var auditBefore = await AuditCountAsync();

        var allowed = await TryAsync(action, actor, hospital, stock);

        Assert.Equal(expected, allowed ? Y : N);
        if (!allowed)
        {
            Assert.Equal(auditBefore, await AuditCountAsync());
            await using var db = Db();
            Assert.Equal((20, 100), ((await HealthData.StockAsync(db, stock.Id)).UnitsOnHand, (await db.HealthFacilities.SingleAsync()).Beds));
        }
    }

    private async Task<bool> TryAsync(string action, Actor actor, HealthFacility hospital, BloodStock stock) => action switch
    {
        "ReadHealth" => await Succeeds(() => Get<HealthQueries>().GetAsync(actor, World.Luxor.Id)),
        "ReadHealthHistory" => await Succeeds(() => Get<HealthHistory>().RecentAsync(actor, World.Luxor.Id, "blood-stock", stock.Id)),
        "UpdateBloodStock" => await Saves(() => Get<BloodStockService>().UpdateAsync(actor, stock.Id, new StockUpdate(5, 2, stock.Version))),
        "UpdateHospital" => await Saves(() => Get<FacilityService>().UpdateAsync(actor, hospital.Id, new ReadinessUpdate(90, 9, false, true, hospital.Version))),
        _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
    };

    private static async Task<bool> Succeeds<T>(Func<Task<T>> call)
    {
        try
        {
            await call();
            return true;
        }
        catch (AccessDeniedException)
        {
            return false;
        }
    }

    // Another governorate's record is not found; a refusal is an exception; both leave everything as it was.
    private static async Task<bool> Saves(Func<Task<HealthResult>> call)
    {
        try
        {
            var result = await call();
            Assert.True(result.Succeeded || result.Status == HealthSaveStatus.NotFound, string.Join(", ", result.Errors));
            return result.Succeeded;
        }
        catch (AccessDeniedException)
        {
            return false;
        }
    }

    private async Task<int> AuditCountAsync()
    {
        await using var db = Db();
        return await db.AuditEvents.CountAsync();
    }
}
