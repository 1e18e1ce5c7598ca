using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Features.Reports;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Features.Health;
using Preparedness.Web.Tests.Features.Resources;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Accounts;

/// <summary>
/// A partner's lists hold its own organisation's records and nothing else, however they are asked for; the
/// governorate's figures are refused. The matrices (PermissionMatrixTests, HealthPermissionMatrixTests) say
/// allowed or denied; these say what an allowed read returns.
/// </summary>
public sealed class PartnerScopeTests : DatabaseTest
{
    private Actor WaterPartner => PartnerActors.Find(World, PartnerActors.WaterPartner)!;

    private Actor HealthPartner => PartnerActors.Find(World, PartnerActors.HealthPartner)!;

    [Fact]
    public async Task A_partners_task_list_holds_exactly_its_own_organisations_tasks()
    {
        var own = await World.AddTaskAsync();
        var ownDone = await World.AddTaskAsync(t => t.Status = TaskStatus.Verified);
        await World.AddTaskAsync(t => { t.OrganisationId = World.EsnaCouncil.Id; t.LocalUnitId = World.Esna.Id; });
        await World.AddTaskAsync(t => t.OrganisationId = World.LuxorHealth.Id);
        await World.AddTaskAsync(t => { t.GovernorateId = World.Alexandria.Id; t.OrganisationId = World.AlexWater.Id; });
        var everything = new TaskFilter();

        var page = await Get<TaskQueries>().ListAsync(WaterPartner, World.Luxor.Id, everything, new TaskPageRequest());
        var exported = await Get<TaskQueries>().StreamAsync(WaterPartner, World.Luxor.Id, everything, new TaskPageRequest(), 100, t => t.Id).ToListAsync();
        var secretariat = await Get<TaskQueries>().ListAsync(World.LuxorSecretariat, World.Luxor.Id, everything, new TaskPageRequest());

        Assert.Equal([own.Id, ownDone.Id], page.Rows.Select(r => r.Id).Order());
        Assert.Equal(2, page.Total);
        Assert.Equal([own.Id, ownDone.Id], exported.Order());
        Assert.Equal(4, secretariat.Total);
    }

    [Fact]
    public async Task Asking_for_another_organisation_or_forging_the_scope_still_shows_only_its_own()
    {
        var own = await World.AddTaskAsync();
        await World.AddTaskAsync(t => t.OrganisationId = World.LuxorHealth.Id);
        var queries = Get<TaskQueries>();

        var other = await queries.ListAsync(WaterPartner, World.Luxor.Id, new TaskFilter { OrganisationId = World.LuxorHealth.Id }, new TaskPageRequest());
        var forged = await queries.ListAsync(WaterPartner, World.Luxor.Id, new TaskFilter { OwnOrganisationId = World.LuxorHealth.Id }, new TaskPageRequest());

        Assert.Empty(other.Rows);
        Assert.Equal([own.Id], forged.Rows.Select(r => r.Id));
        Assert.Equal([own.Id], (await queries.MineAsync(WaterPartner)).Select(r => r.Id));
    }

    [Fact]
    public async Task Another_organisations_task_and_its_evidence_are_not_found_for_a_partner()
    {
        var own = await World.AddTaskAsync();
        var others = await World.AddTaskAsync(t => t.OrganisationId = World.LuxorHealth.Id);

        Assert.NotNull(await Get<TaskQueries>().GetAsync(WaterPartner, own.Id));
        Assert.Null(await Get<TaskQueries>().GetAsync(WaterPartner, others.Id));
        Assert.Empty(await Get<Preparedness.Web.Features.Tasks.Evidence.EvidenceQueries>().EvidenceAsync(WaterPartner, others.Id));
    }

    [Fact]
    public async Task The_governorates_figures_and_report_are_refused_to_a_partner()
    {
        await World.AddTaskAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<DashboardService>().GetAsync(WaterPartner, World.Luxor.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<ReadinessReportService>().GetAsync(WaterPartner, World.Luxor.Id, null, null));
        // Even its own organisation's report is the governorate's record: not found, as another governorate's would be.
        Assert.Null(await Get<ReadinessReportService>().GetAsync(WaterPartner, World.Luxor.Id, null, World.LuxorWater.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<ResourceQueries>().FiguresAsync(WaterPartner, World.Luxor.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<TaskQueries>().ListAsync(
            new Actor("partner-alx", "Alexandria partner", Roles.Partner, World.Alexandria.Id, World.AlexWater.Id), World.Luxor.Id, new TaskFilter(), new TaskPageRequest()));
        Assert.False(WaterPartner.CanRead(World.Luxor.Id));
    }

    [Fact]
    public async Task A_partners_stock_is_its_own_organisations_only()
    {
        await using (var db = Db())
        {
            var typeId = await ResourceWorld.TypeAsync(db);
            await ResourceWorld.EntryAsync(db, World, typeId, 3, 2, Now);
            await ResourceWorld.EntryAsync(db, World, typeId, 5, 5, Now, World.LuxorHealth.Id);
        }

        var stock = Get<ResourceQueries>();

        Assert.Equal([World.LuxorWater.Id], (await stock.StockAsync(WaterPartner, World.Luxor.Id)).Select(r => r.OrganisationId));
        Assert.Empty(await stock.StockAsync(WaterPartner, World.Luxor.Id, World.LuxorHealth.Id));
        Assert.Equal(2, (await stock.StockAsync(World.LuxorSecretariat, World.Luxor.Id)).Count);
    }

    [Fact]
    public async Task A_partner_sees_the_facilities_its_organisation_holds_and_no_other()
    {
        await using (var db = Db())
        {
            await HealthData.AddHospitalAsync(db, World, Now);
        }

        var health = Get<HealthQueries>();

        Assert.Single((await health.GetAsync(HealthPartner, World.Luxor.Id)).Facilities);
        Assert.Empty((await health.GetAsync(WaterPartner, World.Luxor.Id)).Facilities);
        Assert.Empty((await health.GetAsync(WaterPartner, World.Luxor.Id)).Stocks);
    }

    [Fact]
    public async Task A_partners_filter_offers_its_own_organisation_only()
    {
        var organisations = await Get<GovernorateDirectory>().OrganisationsAsync(WaterPartner, World.Luxor.Id);

        Assert.Equal([World.LuxorWater.Id], organisations.Select(o => o.Id));
    }

    [Fact]
    public void A_partner_hears_only_its_own_organisations_live_changes()
    {
        TaskChange Change(int organisationId) => new(ChangeKind.Progress, World.Luxor.Id, 1, organisationId, null, null, null, null, null, "مهمة", "Task", 1, "someone", Now);

        Assert.True(TaskScope.Hears(WaterPartner, Change(World.LuxorWater.Id)));
        Assert.False(TaskScope.Hears(WaterPartner, Change(World.LuxorHealth.Id)));
        Assert.True(TaskScope.Hears(World.LuxorSecretariat, Change(World.LuxorHealth.Id)));
    }
}
