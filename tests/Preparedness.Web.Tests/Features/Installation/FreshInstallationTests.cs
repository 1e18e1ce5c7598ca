using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Seasons;
using Preparedness.Web.Features.Spreadsheets;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Features.Structure;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Features.Spreadsheets.Import;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Installation;

/// <summary>
/// A real governorate set up from nothing, as the README's "Set up a real governorate" says: no demo data, the
/// first administrator from the command, the structure and the users from spreadsheets, two seasons in turn.
/// </summary>
public sealed class FreshInstallationTests : DatabaseTest
{
    private static readonly Uri Site = new("https://preparedness.example/");
    private static readonly DateOnly FirstStart = new(2026, 12, 1);
    private static readonly LibraryChoice[] Choices = [new("T04"), new("T38"), new("T46")];

    protected override bool CreatesWorld => false;

    [Fact]
    public async Task Luxor_is_set_up_from_files_runs_a_season_closes_it_and_opens_the_next_from_it()
    {
        // 1. The first administrator, from the command an installer runs.
        Assert.Equal(0, await FirstAdministrator.RunAsync(Get<IServiceProvider>(), ["admin@luxor.gov.eg", "مدير النظام", Site.ToString()], new StringWriter()));
        await using (var db = Db())
        {
            Assert.False(await db.Governorates.AnyAsync());
        }

        var admin = new Actor((await UserIdAsync("admin@luxor.gov.eg"))!, "مدير النظام", Roles.Administrator, null, null);

        // 2. The governorate, then its structure from an .xlsx made from the project's copy of the researched data.
        var created = await Get<GovernorateAdministration>().CreateAsync(admin, new GovernorateDraft { Code = "luxor", NameAr = "محافظة الأقصر", NameEn = "Luxor" });
        Assert.True(created.Succeeded, string.Join(", ", created.Errors));
        var luxor = created.Id!.Value;
        var structure = LuxorStructure();
        var imports = Get<ImportService>();
        var structureImport = await imports.ApplyAsync(admin, ImportKind.Structure, luxor, structure, Site);
        Assert.True(structureImport.Applied, string.Join(", ", structureImport.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        Assert.All((await imports.PreviewAsync(admin, ImportKind.Structure, luxor, structure)).Rows, r => Assert.Equal(RowAction.Unchanged, r.Action));

        // 3. The users: the secretary general and the water company's head, each with a one-time link.
        var users = ImportFiles.Csv(
            "email,display_name,role,governorate_code,organisation_code,active",
            "sg@luxor.gov.eg,السكرتير العام,Secretariat,luxor,,",
            "water@luxor.gov.eg,رئيس شركة المياه,OrganisationHead,luxor,water-luxor,");
        var userImport = await imports.ApplyAsync(admin, ImportKind.Users, luxor, users, Site);
        Assert.True(userImport.Applied, string.Join(", ", userImport.Errors.Select(e => $"{e.Row}/{e.Column}: {e.Message}")));
        Assert.Equal(["sg@luxor.gov.eg", "water@luxor.gov.eg"], userImport.Links.Select(l => l.Email).Order());
        var secretariat = new Actor((await UserIdAsync("sg@luxor.gov.eg"))!, "السكرتير العام", Roles.Secretariat, luxor, null);
        var waterId = await OrganisationIdAsync("water-luxor");
        var waterHead = new Actor((await UserIdAsync("water@luxor.gov.eg"))!, "رئيس شركة المياه", Roles.OrganisationHead, luxor, waterId);

        // 4. A season from the library, opened before it starts: one task per owner, and opening it again makes nothing.
        var opening = Get<SeasonOpening>();
        var first = await opening.OpenFromLibraryAsync(secretariat, luxor, Season(FirstStart), Choices);
        Assert.True(first.Succeeded, string.Join(", ", first.Errors));
        var tasks = await TaskCountAsync(first.PlanId!.Value);
        Assert.Equal(first.Created, tasks);
        Assert.True(tasks > 3, $"{tasks} tasks");
        var again = await opening.OpenFromLibraryAsync(secretariat, luxor, Season(FirstStart), Choices);
        Assert.True(again.AlreadyOpen);
        Assert.Equal(tasks, await TaskCountAsync(first.PlanId!.Value));

        // 5. Progress by the owner in the season's first week: half of a measured target.
        Clock.SetUtcNow(new DateTimeOffset(2026, 12, 5, 7, 0, 0, TimeSpan.Zero));
        var water = await OwnTaskAsync(first.PlanId!.Value, waterId);
        var progress = await Get<ProgressService>().UpdateAsync(waterHead, water.Id, new ProgressUpdate(TaskStatus.InProgress, water.Target / 2, null, "بدأنا", water.Version));
        Assert.True(progress.Succeeded, string.Join(", ", progress.Errors));

        // 6. Closing at the season's end: read-only from then on.
        Clock.SetUtcNow(new DateTimeOffset(2027, 6, 1, 7, 0, 0, TimeSpan.Zero));
        Assert.True((await Get<SeasonClosing>().CloseAsync(secretariat, first.PlanId!.Value)).Succeeded);
        water = await OwnTaskAsync(first.PlanId!.Value, waterId);
        var refused = await Get<ProgressService>().UpdateAsync(waterHead, water.Id, new ProgressUpdate(TaskStatus.InProgress, water.Target, null, "بعد الإغلاق", water.Version));
        Assert.Equal([ClosedSeason.ErrorKey], refused.Errors);

        // 7. The next season from this one, unfinished work carried forward; its dashboard compares with last season.
        Clock.SetUtcNow(new DateTimeOffset(2027, 11, 20, 7, 0, 0, TimeSpan.Zero));
        var next = await Get<SeasonCarryOver>().OpenFromPreviousAsync(secretariat, luxor, first.PlanId!.Value, Season(FirstStart.AddYears(1)), carryForward: true);
        Assert.True(next.Succeeded, string.Join(", ", next.Errors));
        Assert.Equal(tasks, await TaskCountAsync(next.PlanId!.Value));
        Clock.SetUtcNow(new DateTimeOffset(2027, 12, 8, 7, 0, 0, TimeSpan.Zero));
        var comparison = await Get<LastSeasonReadiness>().CompareAsync(secretariat, luxor, next.PlanId);
        Assert.NotNull(comparison);
        Assert.Equal((7, FirstStart.AddDays(7), tasks), (comparison.DayOfSeason, comparison.On, comparison.Tasks));
        Assert.True(comparison.Score > 0, $"last season's readiness on its day 7: {comparison.Score}");
    }

    private static SeasonDraft Season(DateOnly start) => new()
    {
        NameAr = $"خطة الشتاء {start.Year}/{start.Year + 1}", NameEn = $"Winter {start.Year}/{(start.Year + 1) % 100:00}",
        StartsOn = start, EndsOn = start.AddMonths(6).AddDays(-1),
    };

    /// <summary>Luxor's local units and organisations from the researched data the demo is built from, as the structure export lays them out.</summary>
    private static ImportFile LuxorStructure()
    {
        var seed = SeedFiles.Load();
        var built = DemoStructure.Build(seed.Governorates.Single(g => g.Id == "luxor"), seed.Organisations, FirstStart);
        string[][] units =
        [
            [.. StructureSheets.UnitColumns.Select(c => c.Key)],
            .. built.Units.Values.Select(u => new[] { u.Code, u.NameAr, u.NameEn, u.Kind.ToString(), u.Parent?.Code ?? "" }),
        ];
        string[][] organisations =
        [
            [.. StructureSheets.OrganisationColumns.Select(c => c.Key)],
            .. built.Organisations.Values.Select(o => new[] { o.Code, o.NameAr, o.NameEn, o.Kind.ToString(), o.LocalUnit?.Code ?? "" }),
        ];
        return ImportFiles.Xlsx((StructureSheets.Units, units), (StructureSheets.Organisations, organisations));
    }

    private async Task<string?> UserIdAsync(string email)
    {
        await using var db = Db();
        return await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleOrDefaultAsync();
    }

    private async Task<int> OrganisationIdAsync(string code)
    {
        await using var db = Db();
        return await db.Organisations.Where(o => o.Code == code).Select(o => o.Id).SingleAsync();
    }

    private async Task<int> TaskCountAsync(int planId)
    {
        await using var db = Db();
        return await db.Tasks.CountAsync(t => t.PlanId == planId);
    }

    private async Task<ReadinessTask> OwnTaskAsync(int planId, int organisationId)
    {
        await using var db = Db();
        return await db.Tasks.AsNoTracking().Where(t => t.PlanId == planId && t.OrganisationId == organisationId && t.Measure != MeasureKind.DoneOrNot && t.Target > 0)
            .OrderBy(t => t.Id).FirstAsync();
    }
}
