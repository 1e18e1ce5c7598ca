using System.Diagnostics;
using System.Net;
using Hangfire;
using Hangfire.Storage.Monitoring;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Tests.Features.Accounts;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Reminders;

/// <summary>The real app's Hangfire server and dashboard (the AppHost is the one host in this process that runs jobs).</summary>
[Collection(AppCollection.Name)]
public sealed class JobServerTests(AppHost app)
{
    [Fact]
    public async Task The_hangfire_server_picks_up_a_scheduled_reminder_job_within_seconds_of_its_time_and_runs_it()
    {
        var jobs = app.Services.GetRequiredService<IBackgroundJobClient>();
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        // Hangfire keeps a schedule in whole seconds: a due time on a second boundary is kept exactly, so
        // "started before its time" means what it says (a fraction would be cut off, and it could start early).
        var now = TimeProvider.System.GetUtcNow();
        var due = now.AddTicks(-(now.Ticks % TimeSpan.TicksPerSecond)).AddSeconds(2);

        var id = jobs.Schedule<SendRemindersJob>(job => job.ExecuteAsync(CancellationToken.None), due);
        var clock = Stopwatch.StartNew();
        JobDetailsDto? details = null;
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && details?.History.FirstOrDefault()?.StateName is not ("Succeeded" or "Failed"))
        {
            await Task.Delay(100);
            details = monitoring.JobDetails(id);
        }

        var succeeded = details!.History.First(h => h.StateName == "Succeeded");
        var started = details.History.First(h => h.StateName == "Processing").CreatedAt;
        Assert.InRange((started - due.UtcDateTime).TotalSeconds, -0.5, 5);
        Assert.NotNull(succeeded);
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var waterHead = await db.Users.Where(u => u.UserName == $"water.luxor@{DemoAccounts.Domain}").Select(u => u.Id).SingleAsync();
        Assert.True(await db.Notifications.AnyAsync(n => n.RecipientUserId == waterHead
            && db.ReminderOccurrences.Any(o => o.Id == n.OccurrenceId && o.Kind == ReminderKind.DueSoon)));
    }

    [Theory]
    [InlineData(null, HttpStatusCode.Unauthorized)]
    [InlineData("sg.luxor@preparedness.demo", HttpStatusCode.Forbidden)]
    [InlineData("admin@preparedness.demo", HttpStatusCode.OK)]
    public async Task The_hangfire_dashboard_is_for_administrators_only(string? userName, HttpStatusCode expected)
    {
        var client = app.CreateClient();
        if (userName is not null)
        {
            await SignInTests.PostLoginAsync(client, userName, DemoAccounts.Password);
        }

        var response = await client.GetAsync("/hangfire");

        Assert.Equal(expected, response.StatusCode);
    }
}
