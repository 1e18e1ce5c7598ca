using System.Globalization;
using MailKit.Security;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Email;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Features.Reminders;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Verification;

/// <summary>Journey 3 closed: the owner is told their work was verified — live on the bell, and by one email.</summary>
public sealed class VerifiedNoticeTests : ReminderTest
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
        });
        services.Configure<PublicUrlOptions>(o => o.PublicBaseUrl = "https://preparedness.example/");
    }

    [Fact]
    public async Task Verifying_reaches_the_owners_open_bell_live_and_sends_exactly_one_email()
    {
        var task = await World.AddTaskAsync(t => { t.Status = TaskStatus.ReportedDone; t.TitleAr = "تطهير البالوعات"; });
        var listener = Get<IEnumerable<IHostedService>>().OfType<BackgroundService>().Single(s => s.GetType().Name == "LiveListener");
        await listener.StartAsync(CancellationToken.None);
        var heard = new TaskCompletionSource<NotificationsAdded>(TaskCreationOptions.RunContinuationsAsynchronously);
        using var bell = Get<LiveFeed>().Subscribe<NotificationsAdded>(LiveScope.User(WaterHead), n => { heard.TrySetResult(n); return Task.CompletedTask; }, () => Task.CompletedTask);
        try
        {
            await WaitUntilListeningAsync();

            var result = await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, task.Id, "عمل ممتاز", task.Version);
            var again = await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, task.Id, "عمل ممتاز", task.Version);
            var added = await heard.Task.WaitAsync(TimeSpan.FromSeconds(20));
            var sent = await Get<DeliverEmailsJob>().ExecuteAsync(CancellationToken.None);
            var sentAgain = await Get<DeliverEmailsJob>().ExecuteAsync(CancellationToken.None);

            Assert.True(result.Succeeded);
            Assert.False(again.Succeeded);
            Assert.Equal([new Told(ReminderKind.Verified, WaterHead, task.Id)], await ToldAsync());
            var notice = Assert.Single(await Get<NotificationService>().ListAsync(World.WaterHead with { UserId = WaterHead }));
            Assert.InRange(notice.Id, added.FirstId, added.LastId);
            Assert.Equal((1, 0), (sent, sentAgain));
            var email = Assert.Single(sink.Messages());
            Assert.Equal($"{WaterHead}@preparedness.test", email.To.Mailboxes.Single().Address);
            Assert.Equal("تحقق Adviser Luxor من إنجاز المهمة «تطهير البالوعات»", email.Subject);
            Assert.Contains($"https://preparedness.example/tasks/{task.Id}", email.TextBody, StringComparison.Ordinal);
            Assert.Contains("عمل ممتاز", email.TextBody, StringComparison.Ordinal);
        }
        finally
        {
            await listener.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public async Task A_verification_without_a_note_renders_in_english_with_no_body_line()
    {
        var task = await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);

        await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, task.Id, null, task.Version);

        var notice = Assert.Single(await Get<NotificationService>().ListAsync(World.WaterHead with { UserId = WaterHead }));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("en");
            var text = Get<NotificationText>().Render(notice);
            Assert.Equal($"Adviser Luxor verified “{task.TitleEn}”", text.Title);
            Assert.Empty(text.Lines);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        var status = Get<LiveListenerStatus>();
        var deadline = TimeProvider.System.GetTimestamp();
        while (!status.IsListening)
        {
            Assert.True(TimeProvider.System.GetElapsedTime(deadline) < TimeSpan.FromSeconds(20), "the live listener did not connect");
            await Task.Delay(20);
        }
    }
}
