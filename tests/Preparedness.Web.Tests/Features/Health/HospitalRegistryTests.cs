using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Health;

/// <summary>Adding and retiring hospitals: bad input is refused with its message and changes nothing; retired is never deleted.</summary>
public sealed class HospitalRegistryTests : DatabaseTest
{
    [Theory]
    [InlineData("", "Emergency hospital", 10, 1, "Health.NameInvalid")]
    [InlineData("مستشفى", "   ", 10, 1, "Health.NameInvalid")]
    [InlineData("مستشفى\u0007", "Hospital", 10, 1, "Health.NameInvalid")]
    [InlineData("مستشفى", "Hospital", -1, 0, "Health.BedsRange")]
    [InlineData("مستشفى", "Hospital", 10_001, 0, "Health.BedsRange")]
    [InlineData("مستشفى", "Hospital", 10, 11, "Health.IcuBedsRange")]
    [InlineData("مستشفى تجريبي", "Another", 10, 1, "Health.NameTaken")]
    public async Task Bad_input_is_refused_with_its_message_and_nothing_is_added(string nameAr, string nameEn, int beds, int icu, string error)
    {
        await SeedAsync();
        var draft = new HospitalDraft { HolderOrganisationId = World.LuxorHealth.Id, NameAr = nameAr, NameEn = nameEn, Beds = beds, IcuBeds = icu };

        var result = await Get<HospitalRegistry>().AddAsync(World.LuxorSecretariat, World.Luxor.Id, draft);

        Assert.Equal((HealthSaveStatus.Invalid, error), (result.Status, result.Errors[0]));
        await using var db = Db();
        Assert.Equal(1, await db.HealthFacilities.CountAsync());
    }

    [Fact]
    public async Task A_head_may_not_make_their_own_non_health_organisation_a_hospitals_holder()
    {
        await SeedAsync();

        var result = await Get<HospitalRegistry>().AddAsync(World.WaterHead, World.Luxor.Id, HospitalPermissionMatrixTests.Draft(World.LuxorWater.Id));

        Assert.Equal(["Health.HolderInvalid"], result.Errors);
        Assert.Empty(await Get<HospitalRegistry>().HoldersAsync(World.WaterHead, World.Luxor.Id));
        Assert.Equal([World.LuxorHealth.Id], (await Get<HospitalRegistry>().HoldersAsync(World.LuxorSecretariat, World.Luxor.Id)).Select(h => h.Id));
    }

    [Fact]
    public async Task A_retired_hospital_keeps_its_row_stocks_and_history_but_leaves_the_health_pack()
    {
        var hospital = await SeedAsync();

        var retired = await Get<HospitalRegistry>().RetireAsync(World.LuxorSecretariat, hospital.Id, hospital.Version);
        var again = await Get<HospitalRegistry>().RetireAsync(World.LuxorSecretariat, hospital.Id, hospital.Version);
        var update = await Get<FacilityService>().UpdateAsync(World.Admin, hospital.Id, new ReadinessUpdate(1, 0, true, true, hospital.Version));

        Assert.Equal((HealthSaveStatus.Saved, HealthSaveStatus.NotFound, HealthSaveStatus.NotFound), (retired.Status, again.Status, update.Status));
        var summary = await Get<HealthQueries>().GetAsync(World.LuxorGovernor, World.Luxor.Id);
        Assert.Empty(summary.Facilities);
        Assert.Empty(summary.Stocks);
        await using var db = Db();
        Assert.False((await db.HealthFacilities.SingleAsync()).IsActive);
        Assert.Equal(8, await db.BloodStocks.CountAsync());
        var history = await Get<HealthHistory>().RecentAsync(World.LuxorGovernor, World.Luxor.Id, "health-facility", hospital.Id);
        Assert.Equal("hospital.retired", history[0].Action);
    }

    [Fact]
    public async Task An_open_screen_puts_an_added_hospital_and_its_stocks_in_place_and_drops_a_retired_one_without_reading()
    {
        await SeedAsync();
        var before = await Get<HealthQueries>().GetAsync(World.LuxorGovernor, World.Luxor.Id);
        Assert.True((await Get<HospitalRegistry>().AddAsync(World.LuxorSecretariat, World.Luxor.Id, HospitalPermissionMatrixTests.Draft(World.LuxorHealth.Id))).Succeeded);
        var read = await Get<HealthQueries>().GetAsync(World.LuxorGovernor, World.Luxor.Id);
        var added = read.Facilities.Single(f => f.NameEn == "Emergency hospital");

        var live = before.With(new HealthChange(World.Luxor.Id, added, null, "SG", Now) { NewStocks = [.. read.Stocks.Where(s => s.FacilityId == added.Id)] });
        var dropped = live.With(new HealthChange(World.Luxor.Id, added, null, "SG", Now) { Retired = true });

        Assert.Equal(read.Facilities.Select(f => f.Id).Order(), live.Facilities.Select(f => f.Id).Order());
        Assert.Equal(read.Stocks.Select(s => s.Id).Order(), live.Stocks.Select(s => s.Id).Order());
        Assert.Equal(before.Facilities, dropped.Facilities);
        Assert.Equal(before.Stocks.Select(s => s.Id), dropped.Stocks.Select(s => s.Id));
    }

    private async Task<HealthFacility> SeedAsync()
    {
        await using var db = Db();
        return (await HealthData.AddHospitalAsync(db, World, Clock.GetUtcNow())).Hospital;
    }
}
