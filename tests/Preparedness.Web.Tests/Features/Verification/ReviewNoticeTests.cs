using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Email;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Features.Reminders;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Verification;

/// <summary>A returned or verified task tells its owner, through the reminders' notifications.</summary>
public sealed class ReviewNoticeTests : ReminderTest
{
    protected override void ConfigureServices(IServiceCollection services) =>
        services.Configure<EmailOptions>(o => o.Host = "127.0.0.1"); // a configured SMTP server: emails are queued

    [Fact]
    public async Task Returning_work_tells_the_owners_heads_with_the_comment_in_arabic_and_queues_an_email()
    {
        var returned = await World.AddTaskAsync(t => { t.Status = TaskStatus.ReportedDone; t.TitleAr = "تطهير البالوعات"; });
        var verified = await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);

        var result = await Get<ReviewService>().ReturnAsync(World.LuxorAdviser, returned.Id, "الصورة لا توضح البالوعات", returned.Version);
        await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, verified.Id, "تم", verified.Version);

        Assert.True(result.Succeeded);
        Assert.Equal([new Told(ReminderKind.Returned, WaterHead, returned.Id), new Told(ReminderKind.Verified, WaterHead, verified.Id)], await ToldAsync());
        var notice = Assert.Single(await Get<NotificationService>().ListAsync(World.WaterHead with { UserId = WaterHead }), n => n.Kind == ReminderKind.Returned);
        await using (var db = Db())
        {
            Assert.Equal(["Email", "InApp"], await db.NotificationDeliveries.Where(d => d.NotificationId == notice.Id).Select(d => d.Channel.ToString()).OrderBy(c => c).ToListAsync());
        }

        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
            var text = Get<NotificationText>().Render(notice);
            Assert.Equal("أعاد Adviser Luxor المهمة «تطهير البالوعات»", text.Title);
            Assert.Equal(["الملاحظة: الصورة لا توضح البالوعات"], text.Lines);
            Assert.Equal($"tasks/{returned.Id}", text.Link);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task A_return_that_does_not_save_tells_no_one()
    {
        var task = await World.AddTaskAsync(t => t.Status = TaskStatus.ReportedDone);

        var stale = await Get<ReviewService>().ReturnAsync(World.LuxorAdviser, task.Id, "ناقص", task.Version + 1);
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<ReviewService>().ReturnAsync(World.WaterHead, task.Id, "ناقص", task.Version));
        var noComment = await Get<ReviewService>().ReturnAsync(World.LuxorAdviser, task.Id, " ", task.Version);

        Assert.False(stale.Succeeded || noComment.Succeeded);
        Assert.Empty(await ToldAsync());
    }
}
