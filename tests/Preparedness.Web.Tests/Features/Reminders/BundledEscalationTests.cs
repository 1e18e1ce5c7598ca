using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Reminders;

public sealed class BundledEscalationTests : ReminderTest
{
    private Task SweepAsync() => Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None);

    [Fact]
    public async Task The_secretariat_gets_one_escalation_per_organisation_listing_its_late_tasks()
    {
        var water = new List<int>();
        for (var i = 0; i < 3; i++)
        {
            water.Add((await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-2 - i))).Id);
        }

        var esna = (await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(-5); t.OrganisationId = World.EsnaCouncil.Id; })).Id;
        await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-1));

        await SweepAsync();
        await SweepAsync();

        CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
        var escalations = await EscalationsAsync();
        Assert.Equal([(LuxorSecretariat, (int?)World.LuxorWater.Id), (LuxorSecretariat, World.EsnaCouncil.Id)], escalations.Select(e => (e.UserId, e.OrganisationId)));
        Assert.Equal([water.Order().ToArray(), [esna]], escalations.Select(e => e.TaskIds));
        var waterBundle = (await Get<NotificationService>().ListAsync(World.LuxorSecretariat with { UserId = LuxorSecretariat }))
            .Single(n => n.OrganisationId == World.LuxorWater.Id);
        var text = Get<NotificationText>().Render(waterBundle);
        Assert.Equal("تصعيد: لدى شركة مياه الشرب والصرف الصحي بالأقصر مهام متأخرة عددها 3", text.Title);
        Assert.Equal(3, text.Lines.Count);
        Assert.StartsWith("«", text.Lines[0]);
        Assert.Contains("4 أيام", text.Lines[0]);
        Assert.Equal($"tasks?org={World.LuxorWater.Id}&overdue=true", text.Link);
    }

    [Fact]
    public async Task A_task_that_becomes_late_enough_the_next_day_gets_a_bundle_of_its_own()
    {
        var first = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-2));
        var second = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-1));

        await SweepAsync();
        Clock.Advance(TimeSpan.FromDays(1));
        await SweepAsync();

        Assert.Equal([[first.Id], [second.Id]], (await EscalationsAsync()).Select(e => e.TaskIds).OrderBy(ids => ids[0]).ToList());
    }

    [Fact]
    public async Task The_secretariats_own_office_is_never_escalated_its_late_work_reaches_the_secretariat_as_owner()
    {
        var office = new Organisation { GovernorateId = World.Luxor.Id, Code = "gov-secretariat", NameAr = "الأمانة العامة", NameEn = "Secretariat", Kind = OrganisationKind.GovernorateOffice };
        await using (var db = Db())
        {
            db.Organisations.Add(office);
            await db.SaveChangesAsync();
        }

        var task = await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(-4); t.OrganisationId = office.Id; });

        await SweepAsync();

        Assert.Equal([new Told(ReminderKind.Overdue, LuxorSecretariat, task.Id)], await ToldAsync());
    }
}
