using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Structure;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Structure;

public sealed class StructureAdministrationTests : DatabaseTest
{
    private UnitAdministration Units => Get<UnitAdministration>();
    private OrganisationAdministration Organisations => Get<OrganisationAdministration>();
    private GovernorateAdministration Governorates => Get<GovernorateAdministration>();

    [Fact]
    public async Task The_secretariat_creates_edits_deactivates_and_reactivates_a_unit_and_each_change_is_audited()
    {
        var sg = World.LuxorSecretariat;

        var created = await Units.CreateAsync(sg, World.Luxor.Id, new UnitDraft { Code = " Tod ", NameAr = "قرية الطود", NameEn = "El-Tod", Kind = LocalUnitKind.Village, ParentId = World.Esna.Id });
        var edited = await Units.UpdateAsync(sg, created.Id!.Value, new UnitDraft { Code = "ignored", NameAr = "قرية الطود الجديدة", NameEn = "El-Tod village", Kind = LocalUnitKind.Village, ParentId = World.Armant.Id });
        await Units.SetActiveAsync(sg, created.Id.Value, false);
        await Units.SetActiveAsync(sg, created.Id.Value, true);

        Assert.True(created.Succeeded && edited.Succeeded, string.Join(", ", created.Errors.Concat(edited.Errors)));
        await using var db = Db();
        var unit = await db.LocalUnits.SingleAsync(u => u.Id == created.Id);
        Assert.Equal(("tod", "قرية الطود الجديدة", "El-Tod village", World.Armant.Id, true), (unit.Code, unit.NameAr, unit.NameEn, unit.ParentId, unit.IsActive));
        var audit = await db.AuditEvents.Where(a => a.EntityType == "unit" && a.EntityId == $"{unit.Id}").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(["unit.created", "unit.changed", "unit.deactivated", "unit.reactivated"], audit.Select(a => a.Action));
        Assert.All(audit, a => Assert.Equal((World.Luxor.Id, "sg-lx"), (a.GovernorateId!.Value, a.UserId)));
        Assert.Contains(audit[1].Changes, c => c is { Field: "NameEn", From: "El-Tod", To: "El-Tod village" });
        Assert.DoesNotContain(audit[1].Changes, c => c.Field == "Code");
    }

    [Fact]
    public async Task The_secretariat_creates_a_council_for_its_unit_and_edits_deactivates_reactivates_it_with_audit_rows()
    {
        var sg = World.LuxorSecretariat;

        var created = await Organisations.CreateAsync(sg, World.Luxor.Id, new OrganisationDraft { Code = "armant-council", NameAr = "مجلس مدينة أرمنت", NameEn = "Armant council", Kind = OrganisationKind.LocalCouncil, LocalUnitId = World.Armant.Id });
        var edited = await Organisations.UpdateAsync(sg, created.Id!.Value, new OrganisationDraft { NameAr = "مجلس مركز ومدينة أرمنت", NameEn = "Armant centre & city council", Kind = OrganisationKind.LocalCouncil, LocalUnitId = World.Armant.Id });
        await Organisations.SetActiveAsync(sg, created.Id.Value, false);
        await Organisations.SetActiveAsync(sg, created.Id.Value, true);

        Assert.True(created.Succeeded && edited.Succeeded, string.Join(", ", created.Errors.Concat(edited.Errors)));
        await using var db = Db();
        var organisation = await db.Organisations.SingleAsync(o => o.Id == created.Id);
        Assert.Equal(("armant-council", "Armant centre & city council", World.Armant.Id, true), (organisation.Code, organisation.NameEn, organisation.LocalUnitId, organisation.IsActive));
        Assert.Equal(["organisation.created", "organisation.changed", "organisation.deactivated", "organisation.reactivated"],
            await db.AuditEvents.Where(a => a.EntityType == "organisation" && a.EntityId == $"{organisation.Id}").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    [Fact]
    public async Task An_administrator_creates_renames_deactivates_and_reactivates_a_governorate_with_audit_rows()
    {
        var created = await Governorates.CreateAsync(World.Admin, new GovernorateDraft { Code = "aswan", NameAr = "محافظة أسوان", NameEn = "Aswan" });
        var renamed = await Governorates.RenameAsync(World.Admin, created.Id!.Value, new GovernorateDraft { NameAr = "أسوان", NameEn = "Aswan Governorate" });
        await Governorates.SetActiveAsync(World.Admin, created.Id.Value, false);
        var listedWhileInactive = await Get<GovernorateDirectory>().GovernoratesAsync(World.Admin);
        await Governorates.SetActiveAsync(World.Admin, created.Id.Value, true);

        Assert.True(created.Succeeded && renamed.Succeeded);
        Assert.DoesNotContain(listedWhileInactive, g => g.Id == created.Id);
        Assert.Contains(await Get<GovernorateDirectory>().GovernoratesAsync(World.Admin), g => g.Id == created.Id && g.NameEn == "Aswan Governorate");
        await using var db = Db();
        Assert.Equal(["governorate.created", "governorate.changed", "governorate.deactivated", "governorate.reactivated"],
            await db.AuditEvents.Where(a => a.EntityType == "governorate" && a.EntityId == $"{created.Id}").OrderBy(a => a.Id).Select(a => a.Action).ToListAsync());
    }

    public static TheoryData<string, string> BadUnits() => new()
    {
        { "NoNames", "Structure.NamesRequired" },
        { "LongName", "Structure.NameTooLong" },
        { "NoCode", "Structure.CodeRequired" },
        { "BadCode", "Structure.CodeInvalid" },
        { "LongCode", "Structure.CodeInvalid" },
        { "TakenCode", "Structure.CodeTaken" },
        { "ParentInAlexandria", "Structure.ParentInvalid" },
        { "UnknownKind", "Structure.KindInvalid" },
    };

    [Theory]
    [MemberData(nameof(BadUnits))]
    public async Task A_bad_new_unit_is_refused_with_its_reason_and_nothing_changes(string bad, string expected)
    {
        var draft = new UnitDraft { Code = "tod", NameAr = "الطود", NameEn = "El-Tod", Kind = LocalUnitKind.Village };
        _ = bad switch
        {
            "NoNames" => draft.NameEn = " ",
            "LongName" => draft.NameAr = new string('ب', 201),
            "NoCode" => draft.Code = "",
            "BadCode" => draft.Code = "طود",
            "LongCode" => draft.Code = new string('t', 61),
            "TakenCode" => draft.Code = "ESNA",
            "ParentInAlexandria" => (draft.ParentId = World.Montaza.Id).ToString(),
            _ => (draft.Kind = (LocalUnitKind)99).ToString(),
        };
        var before = await CountsAsync();

        var result = await Units.CreateAsync(World.LuxorSecretariat, World.Luxor.Id, draft);

        Assert.Contains(expected, result.Errors);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task A_unit_cannot_be_its_own_parent_nor_sit_under_its_own_child()
    {
        var child = await Units.CreateAsync(World.LuxorSecretariat, World.Luxor.Id, new UnitDraft { Code = "tod", NameAr = "الطود", NameEn = "El-Tod", Kind = LocalUnitKind.Village, ParentId = World.Esna.Id });
        var before = await CountsAsync();

        var self = await Units.UpdateAsync(World.LuxorSecretariat, World.Esna.Id, EsnaDraft(World.Esna.Id));
        var loop = await Units.UpdateAsync(World.LuxorSecretariat, World.Esna.Id, EsnaDraft(child.Id));

        Assert.Equal(["Structure.ParentCycle"], self.Errors);
        Assert.Equal(["Structure.ParentCycle"], loop.Errors);
        Assert.Equal(before, await CountsAsync());
        await using var db = Db();
        Assert.Null((await db.LocalUnits.SingleAsync(u => u.Id == World.Esna.Id)).ParentId);
    }

    [Theory]
    [InlineData("NoUnit", "Structure.CouncilUnitRequired")]
    [InlineData("AlexandriaUnit", "Structure.UnitInvalid")]
    [InlineData("UnitForDirectorate", "Structure.UnitOnlyForCouncil")]
    [InlineData("TakenCode", "Structure.CodeTaken")]
    public async Task A_bad_new_organisation_is_refused_with_its_reason_and_nothing_changes(string bad, string expected)
    {
        var draft = new OrganisationDraft { Code = "armant-council", NameAr = "مجلس أرمنت", NameEn = "Armant council", Kind = OrganisationKind.LocalCouncil, LocalUnitId = World.Armant.Id };
        if (bad == "NoUnit") draft.LocalUnitId = null;
        if (bad == "AlexandriaUnit") draft.LocalUnitId = World.Montaza.Id;
        if (bad == "UnitForDirectorate") draft.Kind = OrganisationKind.Directorate;
        if (bad == "TakenCode") draft.Code = "water";
        var before = await CountsAsync();

        var result = await Organisations.CreateAsync(World.LuxorSecretariat, World.Luxor.Id, draft);

        Assert.Contains(expected, result.Errors);
        Assert.Equal(before, await CountsAsync());
    }

    [Fact]
    public async Task The_same_code_may_serve_two_governorates_but_a_governorate_code_is_unique()
    {
        var alexEsna = await Units.CreateAsync(World.AlexSecretariat, World.Alexandria.Id, new UnitDraft { Code = "esna", NameAr = "إسنا", NameEn = "Esna", Kind = LocalUnitKind.District });
        var secondLuxor = await Governorates.CreateAsync(World.Admin, new GovernorateDraft { Code = "Luxor", NameAr = "الأقصر", NameEn = "Luxor" });

        Assert.True(alexEsna.Succeeded);
        Assert.Equal(["Structure.CodeTaken"], secondLuxor.Errors);
    }

    [Fact]
    public async Task A_deactivated_organisation_and_unit_keep_their_tasks_but_take_no_new_ones()
    {
        var task = await World.AddTaskAsync(t => t.LocalUnitId = World.Esna.Id);
        await Organisations.SetActiveAsync(World.LuxorSecretariat, World.LuxorWater.Id, false);
        await Units.SetActiveAsync(World.LuxorSecretariat, World.Esna.Id, false);

        var shown = await Get<TaskQueries>().GetAsync(World.LuxorSecretariat, task.Id);
        var retitled = TaskDraft.From(shown!);
        retitled.TitleEn = "Clean the rain drains";
        var edited = await Get<TaskEditingService>().EditAsync(World.LuxorSecretariat, task.Id, retitled, shown!.Version);
        var draft = TaskDraft.From(shown);
        draft.DueOn = World.Today.AddDays(10);
        var created = await Get<TaskEditingService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, draft);
        var picker = await Get<GovernorateDirectory>().OrganisationsAsync(World.LuxorSecretariat, World.Luxor.Id);

        Assert.Equal(("Luxor Water Company", "Esna"), (shown.OrganisationNameEn, shown.UnitNameEn));
        Assert.True(edited.Succeeded, string.Join(", ", edited.Errors));
        Assert.Equal(["Validation.OrganisationInvalid", "Validation.LocalUnitInvalid"], created.Errors);
        Assert.False(picker.Single(o => o.Id == World.LuxorWater.Id).IsActive);
        await using var db = Db();
        Assert.True(await db.Organisations.AnyAsync(o => o.Id == World.LuxorWater.Id), "deactivated, never deleted");
    }

    private UnitDraft EsnaDraft(int? parentId) =>
        new() { NameAr = World.Esna.NameAr, NameEn = World.Esna.NameEn, Kind = LocalUnitKind.CentreAndCity, ParentId = parentId };

    private async Task<(int, int, int, int)> CountsAsync()
    {
        await using var db = Db();
        return (await db.Governorates.CountAsync(), await db.LocalUnits.CountAsync(), await db.Organisations.CountAsync(), await db.AuditEvents.CountAsync());
    }
}
