using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Notifications;

namespace Preparedness.Web.Tests.Features.Reminders;

public sealed class NotificationServiceTests : ReminderTest
{
    private NotificationService Notifications => Get<NotificationService>();

    [Fact]
    public async Task The_bell_counts_unread_notifications_and_a_user_marks_only_their_own_read()
    {
        await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-3));
        await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(1));
        await Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None);
        var owner = World.WaterHead with { UserId = WaterHead };
        var secretariat = World.LuxorSecretariat with { UserId = LuxorSecretariat };
        var ownersFirst = (await Notifications.ListAsync(owner))[0];

        var unreadBefore = await Notifications.UnreadCountAsync(owner);
        var byStranger = await Notifications.MarkReadAsync(secretariat, ownersFirst.Id);
        var byOwner = await Notifications.MarkReadAsync(owner, ownersFirst.Id);

        Assert.Equal((2, 0, 1), (unreadBefore, byStranger, byOwner));
        Assert.Equal(1, await Notifications.UnreadCountAsync(owner));
        Assert.Equal(1, await Notifications.UnreadCountAsync(secretariat));
        Assert.Single(await Notifications.ListAsync(owner, unreadOnly: true));
    }

    [Fact]
    public async Task Marking_all_read_clears_the_bell_and_the_list_pages_back_from_the_newest()
    {
        for (var i = 1; i <= 5; i++)
        {
            await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-i));
        }

        await Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None);
        var owner = World.WaterHead with { UserId = WaterHead };

        var first = await Notifications.ListAsync(owner, take: 3);
        var rest = await Notifications.ListAsync(owner, take: 3, before: first[^1].Id);
        await Notifications.MarkAllReadAsync(owner);

        Assert.Equal(5, first.Concat(rest).Select(n => n.Id).Distinct().Count());
        Assert.True(first.Concat(rest).Select(n => n.Id).SequenceEqual(first.Concat(rest).Select(n => n.Id).OrderDescending()));
        Assert.Equal(0, await Notifications.UnreadCountAsync(owner));
    }

    [Fact]
    public async Task A_user_turns_email_off_and_on_again()
    {
        var owner = World.WaterHead with { UserId = WaterHead };

        await Notifications.SetWantsEmailAsync(owner, false);
        var off = await Notifications.WantsEmailAsync(owner);
        await Notifications.SetWantsEmailAsync(owner, true);

        Assert.False(off);
        Assert.True(await Notifications.WantsEmailAsync(owner));
    }
}
