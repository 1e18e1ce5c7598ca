using Hangfire;
using Hangfire.Storage;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Reminders;

/// <summary>The features' own recurring jobs are registered by name with the reminders', on the schedules their options give.</summary>
[Collection(AppCollection.Name)]
public sealed class RecurringJobRegistrationTests(AppHost app)
{
    [Fact]
    public void The_stale_and_gap_jobs_are_registered_by_name_on_their_configured_schedules_in_cairo_time()
    {
        using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
        var jobs = connection.GetRecurringJobs().ToDictionary(j => j.Id);

        Assert.Superset(new HashSet<string> { "reminders", "digest", "email-deliveries" }, jobs.Keys.ToHashSet());
        foreach (var name in new[] { StaleResourcesJob.Name, GapEscalationJob.Name, StaleBloodStockJob.Name })
        {
            Assert.True(jobs.TryGetValue(name, out var job), $"{name} is not registered");
            Assert.Equal((AppHost.NeverDuringTests, "Africa/Cairo"), (job!.Cron, job.TimeZoneId));
        }
    }

    [Fact]
    public async Task Hangfire_runs_a_features_recurring_job_through_its_interface_when_triggered()
    {
        var monitoring = app.Services.GetRequiredService<JobStorage>().GetMonitoringApi();
        app.Services.GetRequiredService<IRecurringJobManager>().Trigger(StaleBloodStockJob.Name);
        string? state = null;
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(30) && state is not ("Succeeded" or "Failed"))
        {
            await Task.Delay(200);
            using var connection = app.Services.GetRequiredService<JobStorage>().GetConnection();
            var last = connection.GetRecurringJobs([StaleBloodStockJob.Name]).Single().LastJobId;
            state = last is null ? null : monitoring.JobDetails(last)?.History.FirstOrDefault()?.StateName;
        }

        Assert.Equal("Succeeded", state);
    }
}
