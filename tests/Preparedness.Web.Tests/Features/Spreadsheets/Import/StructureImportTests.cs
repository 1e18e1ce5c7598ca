using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Spreadsheets.Import;

public sealed class StructureImportTests : DatabaseTest
{
    private static readonly Uri Site = new("https://preparedness.example/");

    private static readonly string[] UnitKeys = ["code", "name_ar", "name_en", "kind", "parent_code"];
    private static readonly string[] OrganisationKeys = ["code", "name_ar", "name_en", "kind", "unit_code"];

    [Fact]
    public async Task An_xlsx_creates_units_under_units_of_the_same_file_and_councils_for_them_once()
    {
        var file = ImportFiles.Xlsx(
            ("units", [UnitKeys, ["Qurna", "مركز ومدينة القرنة", "Qurna", "CentreAndCity", ""], ["qurna-village", "قرية", "A village", "village", "qurna"], ["esna", "مركز ومدينة إسنا", "Esna", "CentreAndCity", ""]]),
            ("organisations", [OrganisationKeys, ["qurna-council", "مجلس مدينة القرنة", "Qurna council", "LocalCouncil", "qurna"], ["health", "مديرية الصحة بالأقصر", "Health Directorate", "Directorate", ""]]));

        var first = await Get<ImportService>().ApplyAsync(World.LuxorSecretariat, ImportKind.Structure, World.Luxor.Id, file, Site);
        var second = await Get<ImportService>().ApplyAsync(World.LuxorSecretariat, ImportKind.Structure, World.Luxor.Id, file, Site);

        Assert.Empty(first.Errors);
        Assert.Equal((3, 1, 1), (first.Count(RowAction.Create), first.Count(RowAction.Change), first.Count(RowAction.Unchanged)));
        Assert.Equal(new FieldDiff("name_ar", "مديرية الصحة", "مديرية الصحة بالأقصر"), Assert.Single(first.Rows.Single(r => r.Action == RowAction.Change).Changes));
        Assert.All(second.Rows, r => Assert.Equal(RowAction.Unchanged, r.Action));
        Assert.False(second.Applied);
        await using var db = Db();
        var village = await db.LocalUnits.Include(u => u.Parent).SingleAsync(u => u.Code == "qurna-village");
        Assert.Equal(("qurna", LocalUnitKind.Village), (village.Parent!.Code, village.Kind));
        var council = await db.Organisations.Include(o => o.LocalUnit).SingleAsync(o => o.Code == "qurna-council");
        Assert.Equal(("qurna", OrganisationKind.LocalCouncil, World.Luxor.Id), (council.LocalUnit!.Code, council.Kind, council.GovernorateId));
        Assert.Equal(4, await db.AuditEvents.CountAsync(a => a.Note == "import"));
    }

    [Fact]
    public async Task A_loop_a_bad_code_and_a_council_without_its_unit_are_named_and_nothing_is_written()
    {
        var units = ImportFiles.Csv("code,name_ar,name_en,kind,parent_code", "a,أ,A,Village,b", "b,ب,B,Village,a", "bad code,ج,C,Village,", "d,د,D,Hamlet,");
        var organisations = ImportFiles.Csv("code,name_ar,name_en,kind,unit_code", "council,مجلس,Council,LocalCouncil,", "water,مياه,,UtilityCompany,esna");

        var unitResult = await Get<ImportService>().ApplyAsync(World.LuxorSecretariat, ImportKind.Structure, World.Luxor.Id, units, Site);
        var organisationResult = await Get<ImportService>().ApplyAsync(World.LuxorSecretariat, ImportKind.Structure, World.Luxor.Id, organisations, Site);

        Assert.Equal(
            [new ImportError("units", 4, "code", "Structure.CodeInvalid"), new ImportError("units", 5, "kind", "Import.ChoiceInvalid"),
             new ImportError("units", 2, "parent_code", "Structure.ParentCycle"), new ImportError("units", 3, "parent_code", "Structure.ParentCycle")],
            unitResult.Errors);
        Assert.Equal(
            [new ImportError("organisations", 2, "unit_code", "Structure.CouncilUnitRequired"), new ImportError("organisations", 3, "name_en", "Structure.NamesRequired"),
             new ImportError("organisations", 3, "unit_code", "Structure.UnitOnlyForCouncil")],
            organisationResult.Errors);
        await using var db = Db();
        Assert.Equal((3, 4), (await db.LocalUnits.CountAsync(), await db.Organisations.CountAsync()));
    }
}
