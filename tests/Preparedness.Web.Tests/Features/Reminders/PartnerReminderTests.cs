using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Web.Tests.Features.Reminders;

/// <summary>A partner is reminded of its own organisation's work as its head is, and of nothing else.</summary>
public sealed class PartnerReminderTests : ReminderTest
{
    private const string HealthPartner = "partner-health";

    [Fact]
    public async Task A_partner_is_reminded_of_its_own_organisations_task_only()
    {
        await AddUserAsync(HealthPartner, Roles.Partner, World.Luxor.Id, World.LuxorHealth.Id);
        var own = await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(3); t.OrganisationId = World.LuxorHealth.Id; });
        var water = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(3));

        await Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None);

        Assert.Equal(
            [new Told(ReminderKind.DueSoon, WaterHead, water.Id), new Told(ReminderKind.DueSoon, HealthPartner, own.Id)],
            await ToldAsync());
    }
}
