using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reports;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Reports;

public sealed class ReportPermissionTests : DatabaseTest
{
    [Fact]
    public async Task Another_governorates_secretariat_is_refused_the_governorate_report()
    {
        await Assert.ThrowsAsync<AccessDeniedException>(() =>
            Get<ReadinessReportService>().GetAsync(World.AlexSecretariat, World.Luxor.Id, null, null));
    }

    [Fact]
    public async Task Another_governorates_unit_or_organisation_is_not_found()
    {
        var reports = Get<ReadinessReportService>();

        Assert.Null(await reports.GetAsync(World.AlexSecretariat, World.Alexandria.Id, World.Esna.Id, null));
        Assert.Null(await reports.GetAsync(World.AlexWaterHead, World.Alexandria.Id, null, World.LuxorWater.Id));
        Assert.Null(await reports.GetAsync(World.LuxorSecretariat, World.Luxor.Id, 987_654, null));
    }

    [Fact]
    public async Task An_organisation_head_reads_their_own_organisations_report_and_is_refused_anothers()
    {
        var reports = Get<ReadinessReportService>();

        var own = await reports.GetAsync(World.WaterHead, World.Luxor.Id, null, World.LuxorWater.Id);

        Assert.Equal(World.LuxorWater.Id, own!.Subject.OrganisationId);
        await Assert.ThrowsAsync<AccessDeniedException>(() => reports.GetAsync(World.WaterHead, World.Luxor.Id, null, World.EsnaCouncil.Id));
    }

    [Fact]
    public async Task A_concern_about_another_organisations_task_stays_out_of_an_organisations_report()
    {
        var water = await World.AddTaskAsync();
        var health = await World.AddTaskAsync(t => t.OrganisationId = World.LuxorHealth.Id);
        var concerns = Get<ConcernService>();
        await concerns.RaiseAsync(World.LuxorAdviser, World.Luxor.Id, water.Id, null, "water");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await concerns.RaiseAsync(World.LuxorAdviser, World.Luxor.Id, health.Id, null, "health");
        Clock.Advance(TimeSpan.FromMinutes(1));
        await concerns.RaiseAsync(World.LuxorAdviser, World.Luxor.Id, null, World.LuxorWater.Id, "water company");

        var report = await Get<ReadinessReportService>().GetAsync(World.WaterHead, World.Luxor.Id, null, World.LuxorWater.Id);

        Assert.Equal(["water company", "water"], report!.OpenConcerns.Select(c => c.Text));
    }

    [Fact]
    public void Every_role_of_a_governorate_is_offered_the_report_in_the_menu()
    {
        Assert.All([World.Admin, World.LuxorSecretariat, World.WaterHead, World.LuxorAdviser, World.LuxorGovernor, World.LuxorOpsRoom],
            actor => Assert.True(actor.CanReadAnyReport));
        Assert.False(new Actor("x", "x", Roles.Secretariat, null, null).CanReadAnyReport);
    }
}
