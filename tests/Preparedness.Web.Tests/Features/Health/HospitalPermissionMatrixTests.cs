using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Health;

/// <summary>
/// Every role against adding and retiring a hospital, called on the service itself as a forged request would reach
/// it, with the columns of <see cref="HealthPermissionMatrixTests"/>: the health directorate's heads and the
/// secretariat of the governorate (and administrators) may; a refusal changes nothing and audits nothing.
/// </summary>
public sealed class HospitalPermissionMatrixTests : DatabaseTest
{
    private const string Y = "allowed";
    private const string N = "denied";

    private static readonly string[] ActorNames =
        ["Admin", "LuxorSecretariat", "WaterHead", "EsnaHead", "LuxorAdviser", "LuxorGovernor", "LuxorOpsRoom", "AlexSecretariat", "AlexWaterHead", "National", "HealthHead"];

    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        //                     Admin Sec WaterHd EsnaHd Adviser Governor Ops AlexSec AlexHead National HealthHd
        ["AddHospital"] = [Y, Y, N, N, N, N, N, N, N, N, Y],
        ["RetireHospital"] = [Y, Y, N, N, N, N, N, N, N, N, Y],
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
    public async Task Role_can_or_cannot_add_or_retire_a_hospital(string actorName, string action, string expected)
    {
        HealthFacility hospital;
        await using (var db = Db())
        {
            (hospital, _) = await HealthData.AddHospitalAsync(db, World, Clock.GetUtcNow());
        }

        var actor = actorName == "HealthHead"
            ? new Actor("health-lx", "Health head", Roles.OrganisationHead, World.Luxor.Id, World.LuxorHealth.Id)
            : (Actor)typeof(TestWorld).GetProperty(actorName)!.GetValue(World)!;
        var auditBefore = await AuditCountAsync();

        var allowed = await SavesAsync(action switch
        {
            "AddHospital" => () => Get<HospitalRegistry>().AddAsync(actor, World.Luxor.Id, Draft()),
            _ => () => Get<HospitalRegistry>().RetireAsync(actor, hospital.Id, hospital.Version),
        });

        Assert.Equal(expected, allowed ? Y : N);
        await using var read = Db();
        var facilities = await read.HealthFacilities.AsNoTracking().OrderBy(f => f.Id).ToListAsync();
        if (!allowed)
        {
            Assert.Equal(auditBefore, await AuditCountAsync());
            Assert.True(Assert.Single(facilities).IsActive);
        }
        else if (action == "AddHospital")
        {
            Assert.Equal(("مستشفى الطوارئ", 120, 12), (facilities[1].NameAr, facilities[1].Beds, facilities[1].IcuBeds));
            Assert.Equal(8, await read.BloodStocks.CountAsync(s => s.FacilityId == facilities[1].Id && s.UpdatedAt == null));
        }
        else
        {
            Assert.False(Assert.Single(facilities).IsActive);
        }
    }

    internal static HospitalDraft Draft(int? holder = null) => new()
    {
        HolderOrganisationId = holder, NameAr = "مستشفى الطوارئ", NameEn = "Emergency hospital", Beds = 120, IcuBeds = 12, EmergencyOpen = true,
    };

    private HospitalDraft Draft() => Draft(World.LuxorHealth.Id);

    // Another governorate's hospital is not found; a refusal is an exception; both leave everything as it was.
    private static async Task<bool> SavesAsync(Func<Task<HealthResult>> call)
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
