using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.RemindNow;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Reminders;

public sealed class RemindNowTests : ReminderTest
{
    private RemindNowService Remind => Get<RemindNowService>();

    [Fact]
    public async Task The_secretariat_reminds_an_owner_now_and_again_only_after_an_hour()
    {
        var task = await World.AddTaskAsync();

        var first = await Remind.RemindTaskAsync(World.LuxorSecretariat, task.Id);
        Clock.Advance(TimeSpan.FromMinutes(59));
        var tooSoon = await Remind.RemindTaskAsync(World.LuxorSecretariat, task.Id);
        Clock.Advance(TimeSpan.FromMinutes(2));
        var again = await Remind.RemindTaskAsync(World.LuxorSecretariat, task.Id);

        Assert.Equal((RemindStatus.Sent, 1), (first.Status, first.Notified));
        Assert.Equal((RemindStatus.TooSoon, Now.AddHours(1)), (tooSoon.Status, tooSoon.NextAllowedAt!.Value));
        Assert.Equal(RemindStatus.Sent, again.Status);
        Assert.Equal(2, (await ToldAsync()).Count(t => t == new Told(ReminderKind.RemindNow, WaterHead, task.Id)));
        await using var db = Db();
        Assert.All(await db.ReminderOccurrences.ToListAsync(), o => Assert.Equal("SG Luxor", o.SentByName));
    }

    [Fact]
    public async Task Two_clicks_at_the_same_moment_send_one_reminder()
    {
        var task = await World.AddTaskAsync();

        var results = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Remind.RemindTaskAsync(World.LuxorSecretariat, task.Id))));

        Assert.Single(results, r => r.Succeeded);
        Assert.Single(await ToldAsync());
    }

    [Fact]
    public async Task Only_the_governorates_secretariat_or_an_administrator_may_remind()
    {
        var task = await World.AddTaskAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => Remind.RemindTaskAsync(World.WaterHead, task.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Remind.RemindOrganisationAsync(World.LuxorAdviser, World.LuxorWater.Id));
        Assert.Empty(await ToldAsync());
        await using (var db = Db())
        {
            Assert.False(await db.ReminderOccurrences.AnyAsync());
        }

        var otherGovernorate = await Remind.RemindTaskAsync(World.AlexSecretariat, task.Id);
        var otherGovernoratesOrganisation = await Remind.RemindOrganisationAsync(World.AlexSecretariat, World.LuxorWater.Id);
        var admin = await Remind.RemindTaskAsync(World.Admin, task.Id);

        Assert.Equal(
            [RemindStatus.NotFound, RemindStatus.NotFound, RemindStatus.Sent],
            [otherGovernorate.Status, otherGovernoratesOrganisation.Status, admin.Status]);
        Assert.Single(await ToldAsync());
    }

    [Fact]
    public async Task Reminding_an_organisation_tells_its_heads_how_many_tasks_are_open_and_holds_back_task_reminders_for_the_hour()
    {
        var open = await World.AddTaskAsync();
        await World.AddTaskAsync(t => t.Status = TaskStatus.InProgress);
        await World.AddTaskAsync(t => t.Status = TaskStatus.Verified);

        var organisation = await Remind.RemindOrganisationAsync(World.LuxorSecretariat, World.LuxorWater.Id);
        var task = await Remind.RemindTaskAsync(World.LuxorSecretariat, open.Id);
        var organisationAgain = await Remind.RemindOrganisationAsync(World.LuxorSecretariat, World.LuxorWater.Id);

        Assert.Equal([RemindStatus.Sent, RemindStatus.TooSoon, RemindStatus.TooSoon], [organisation.Status, task.Status, organisationAgain.Status]);
        Assert.Equal([new Told(ReminderKind.RemindNow, WaterHead, null)], await ToldAsync());
        await using var db = Db();
        Assert.Equal(2, (await db.ReminderOccurrences.SingleAsync()).Days);
    }

    [Fact]
    public async Task There_is_nothing_to_remind_of_for_a_done_task_and_no_one_to_tell_in_an_organisation_without_a_head()
    {
        var done = await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);
        var headless = await World.AddTaskAsync(t => t.OrganisationId = World.LuxorHealth.Id);

        var doneResult = await Remind.RemindTaskAsync(World.LuxorSecretariat, done.Id);
        var headlessResult = await Remind.RemindTaskAsync(World.LuxorSecretariat, headless.Id);
        var noOpenTasks = await Remind.RemindOrganisationAsync(World.LuxorSecretariat, World.EsnaCouncil.Id);

        Assert.Equal(
            [RemindStatus.NothingOpen, RemindStatus.NoRecipients, RemindStatus.NothingOpen],
            [doneResult.Status, headlessResult.Status, noOpenTasks.Status]);
        Assert.Empty(await ToldAsync());
    }
}
