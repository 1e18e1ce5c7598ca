using MailKit.Security;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Email;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Reminders;

public sealed class EmailDeliveryTests : ReminderTest
{
    private SmtpSink sink = default!;

    public override async Task InitializeAsync()
    {
        sink = await SmtpSink.StartAsync();
        await base.InitializeAsync();
    }

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        await sink.DisposeAsync();
    }

    protected override void ConfigureServices(IServiceCollection services)
    {
        services.Configure<EmailOptions>(o =>
        {
            o.Host = "127.0.0.1";
            o.Port = sink.Port;
            o.Security = SecureSocketOptions.None;
            o.TimeoutSeconds = 5;
            o.MaxAttempts = 3;
        });
        services.Configure<PublicUrlOptions>(o => o.PublicBaseUrl = "https://preparedness.example/");
    }

    private Task SweepAsync() => Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None);

    private Task<int> DeliverAsync() => Get<DeliverEmailsJob>().ExecuteAsync(CancellationToken.None);

    [Fact]
    public async Task An_email_arrives_at_a_real_smtp_server_with_an_arabic_subject_and_the_task_link_and_is_never_sent_twice()
    {
        var task = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(3));
        await SweepAsync();

        var sent = await DeliverAsync();
        var again = await DeliverAsync();

        Assert.Equal((1, 0), (sent, again));
        var message = Assert.Single(sink.Messages());
        Assert.Equal($"{WaterHead}@preparedness.test", message.To.Mailboxes.Single().Address);
        Assert.Equal("تذكير: «تطهير بالوعات الأمطار» مستحقة بعد 3 أيام", message.Subject);
        Assert.Contains($"https://preparedness.example/tasks/{task.Id}", message.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://preparedness.example/tasks/{task.Id}\"", message.HtmlBody, StringComparison.Ordinal);
        Assert.Contains("dir=\"rtl\"", message.HtmlBody, StringComparison.Ordinal);
        await using var db = Db();
        var delivery = await db.NotificationDeliveries.SingleAsync(d => d.Channel == DeliveryChannel.Email);
        Assert.Equal((DeliveryStatus.Sent, 1, Clock.GetUtcNow()), (delivery.Status, delivery.Attempts, delivery.SentAt!.Value));
    }

    [Fact]
    public async Task What_one_head_is_owed_arrives_in_one_email_listing_every_task_and_another_head_gets_their_own()
    {
        var dueSoon = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(3));
        var overdue = await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(-1));
        var esna = await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(-1); t.OrganisationId = World.EsnaCouncil.Id; });
        await SweepAsync();

        var sent = await DeliverAsync();

        Assert.Equal(3, sent);
        var messages = sink.Messages();
        Assert.Equal(2, messages.Count);
        var water = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == $"{WaterHead}@preparedness.test");
        Assert.Equal("منظومة الاستعداد: تنبيهات جديدة (2)", water.Subject);
        Assert.Contains($"https://preparedness.example/tasks/{dueSoon.Id}", water.TextBody, StringComparison.Ordinal);
        Assert.Contains($"href=\"https://preparedness.example/tasks/{overdue.Id}\"", water.HtmlBody, StringComparison.Ordinal);
        Assert.DoesNotContain($"tasks/{esna.Id}", water.TextBody, StringComparison.Ordinal);
        var other = Assert.Single(messages, m => m.To.Mailboxes.Single().Address == $"{EsnaHead}@preparedness.test");
        Assert.Contains($"https://preparedness.example/tasks/{esna.Id}", other.TextBody, StringComparison.Ordinal);
        await using var db = Db();
        Assert.All(await db.NotificationDeliveries.Where(d => d.Channel == DeliveryChannel.Email).ToListAsync(), d => Assert.Equal((DeliveryStatus.Sent, 1), (d.Status, d.Attempts)));
    }

    [Fact]
    public async Task A_recipient_who_chose_english_gets_the_email_in_english()
    {
        await AddUserAsync("head-health", Roles.OrganisationHead, World.Luxor.Id, World.LuxorHealth.Id, culture: "en");
        await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(-3); t.OrganisationId = World.LuxorHealth.Id; });
        await SweepAsync();

        await DeliverAsync();

        var english = Assert.Single(sink.Messages(), m => m.To.Mailboxes.Single().Address == "head-health@preparedness.test");
        Assert.Equal("Overdue: “Clean rain drains” was due 3 days ago", english.Subject);
        Assert.Contains("dir=\"ltr\"", english.HtmlBody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_user_who_turned_email_off_is_told_in_the_app_only()
    {
        await AddUserAsync("head-health", Roles.OrganisationHead, World.Luxor.Id, World.LuxorHealth.Id, emailOptOut: true);
        await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(1); t.OrganisationId = World.LuxorHealth.Id; });

        await SweepAsync();
        await DeliverAsync();

        await using var db = Db();
        var channels = await db.NotificationDeliveries.Select(d => d.Channel).ToListAsync();
        Assert.Equal([DeliveryChannel.InApp], channels);
        Assert.Empty(sink.Messages());
    }

    [Fact]
    public async Task A_delivery_that_fails_keeps_the_error_and_is_retried_with_backoff_until_the_server_takes_it()
    {
        await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(3));
        await SweepAsync();
        await sink.StopAsync();

        await DeliverAsync();
        var failed = await EmailDeliveryAsync();
        await sink.StartAgainAsync();
        Clock.Advance(TimeSpan.FromSeconds(30));
        var tooEarly = await DeliverAsync();
        Clock.Advance(TimeSpan.FromSeconds(31));
        var retried = await DeliverAsync();

        Assert.Equal((DeliveryStatus.Pending, 1, Clock.GetUtcNow().AddSeconds(-61).AddMinutes(1)), (failed.Status, failed.Attempts, failed.NextAttemptAt!.Value));
        Assert.Contains($"127.0.0.1:{sink.Port}", failed.LastError, StringComparison.Ordinal);
        Assert.Equal((0, 1), (tooEarly, retried));
        var sent = await EmailDeliveryAsync();
        Assert.Equal((DeliveryStatus.Sent, 2, (string?)null), (sent.Status, sent.Attempts, sent.LastError));
        Assert.Single(sink.Messages());
    }

    [Fact]
    public async Task A_delivery_that_keeps_failing_is_marked_failed_after_the_last_attempt_and_left_alone()
    {
        await World.AddTaskAsync(t => t.DueOn = World.Today.AddDays(3));
        await SweepAsync();
        await sink.StopAsync();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            await DeliverAsync();
            Clock.Advance(TimeSpan.FromHours(3));
        }

        var delivery = await EmailDeliveryAsync();
        Assert.Equal((DeliveryStatus.Failed, 3, (DateTimeOffset?)null), (delivery.Status, delivery.Attempts, delivery.NextAttemptAt));
        Assert.False(string.IsNullOrEmpty(delivery.LastError));
    }

    private async Task<NotificationDelivery> EmailDeliveryAsync()
    {
        await using var db = Db();
        return await db.NotificationDeliveries.AsNoTracking().SingleAsync(d => d.Channel == DeliveryChannel.Email);
    }
}
