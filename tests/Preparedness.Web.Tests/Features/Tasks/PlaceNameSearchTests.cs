using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>A secretary general types a place or a body, not a title.</summary>
public sealed class PlaceNameSearchTests : DatabaseTest
{
    [Theory]
    [InlineData("هيئة مستشفى الأقصر")]
    [InlineData("هيئه")]                 // ة written as ه
    [InlineData("هيىه")]                 // ئ written as ى
    [InlineData("مستشفي")]               // ى written as ي
    [InlineData("الاقصر الدولي")]        // أ written as ا
    [InlineData("مُسْتَشْفَى")]             // with tashkeel
    [InlineData("مستشــــفى")]           // with tatweel
    [InlineData("INTERNATIONAL hospital")]
    [InlineData("luxor international")]
    public async Task A_task_is_found_by_its_organisations_names_however_they_are_typed(string term)
    {
        var hospital = await AddOrganisationAsync("هيئة مستشفى الأقصر الدولي", "Luxor International Hospital Authority");
        var match = await World.AddTaskAsync(t => t.OrganisationId = hospital.Id);
        await World.AddTaskAsync(t => t.OrganisationId = World.LuxorHealth.Id);

        Assert.Equal([match.Id], await SearchAsync(term));
    }

    [Theory]
    [InlineData("ارمنت")]                // أ written as ا
    [InlineData("أَرْمَنْت")]               // with tashkeel
    [InlineData("مدينه ارمنت")]          // ة written as ه; the other unit is a مدينة too
    [InlineData("ARMANT")]
    [InlineData("armant")]
    public async Task A_task_is_found_by_its_units_names_however_they_are_typed(string term)
    {
        var match = await World.AddTaskAsync(t => t.LocalUnitId = World.Armant.Id);
        await World.AddTaskAsync(t => t.LocalUnitId = World.Esna.Id);

        Assert.Equal([match.Id], await SearchAsync(term));
    }

    [Fact]
    public async Task Words_split_between_title_and_organisation_must_all_match()
    {
        var match = await World.AddTaskAsync(t => t.OrganisationId = World.LuxorHealth.Id);
        await World.AddTaskAsync(t => t.OrganisationId = World.LuxorWater.Id);
        await World.AddTaskAsync(t => { t.OrganisationId = World.LuxorHealth.Id; t.TitleAr = "تطهير مخرات السيول"; t.TitleEn = "Clear flood channels"; });

        Assert.Equal([match.Id], await SearchAsync("بالوعات الصحه"));
        Assert.Equal([match.Id], await SearchAsync("drains HEALTH"));
    }

    [Fact]
    public async Task A_word_that_matches_no_title_organisation_or_unit_finds_nothing()
    {
        await World.AddTaskAsync(t => { t.OrganisationId = World.LuxorHealth.Id; t.LocalUnitId = World.Esna.Id; });

        Assert.Empty(await SearchAsync("الكهرباء"));
        Assert.Empty(await SearchAsync("اسنا الكهرباء"));
        Assert.Single(await SearchAsync("اسنا"));
    }

    [Fact]
    public async Task A_renamed_organisation_or_unit_is_found_by_its_new_name_only_with_nothing_to_refresh()
    {
        var task = await World.AddTaskAsync(t => { t.OrganisationId = World.LuxorHealth.Id; t.LocalUnitId = World.Armant.Id; });

        await using (var db = Db())
        {
            await db.Organisations.Where(o => o.Id == World.LuxorHealth.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(o => o.NameAr, "مديرية الشئون الطبية").SetProperty(o => o.NameEn, "Medical Affairs Directorate"));
            await db.LocalUnits.Where(u => u.Id == World.Armant.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(u => u.NameAr, "مركز ومدينة الحيط").SetProperty(u => u.NameEn, "El Heit"));
        }

        Assert.Equal([task.Id], await SearchAsync("الشئون الطبيه"));
        Assert.Equal([task.Id], await SearchAsync("medical AFFAIRS"));
        Assert.Equal([task.Id], await SearchAsync("الحيط"));
        Assert.Equal([task.Id], await SearchAsync("heit"));
        Assert.Empty(await SearchAsync("الصحة"));
        Assert.Empty(await SearchAsync("health"));
        Assert.Empty(await SearchAsync("أرمنت"));
        Assert.Empty(await SearchAsync("armant"));
    }

    private async Task<Organisation> AddOrganisationAsync(string nameAr, string nameEn)
    {
        await using var db = Db();
        var organisation = new Organisation { GovernorateId = World.Luxor.Id, Code = "hospital", NameAr = nameAr, NameEn = nameEn, Kind = OrganisationKind.Authority };
        db.Organisations.Add(organisation);
        await db.SaveChangesAsync();
        return organisation;
    }

    private async Task<int[]> SearchAsync(string term)
    {
        var page = await Get<TaskQueries>().ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter { Text = term }, new TaskPageRequest());
        return [.. page.Rows.Select(r => r.Id)];
    }
}
