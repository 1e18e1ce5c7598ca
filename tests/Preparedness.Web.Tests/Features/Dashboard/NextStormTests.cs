using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Dashboard;

public sealed class NextStormTests : DatabaseTest
{
    [Fact]
    public async Task The_next_storm_carries_the_readiness_of_its_own_tasks_by_the_same_rule()
    {
        var tasks = new List<ReadinessTask>
        {
            await AlexTaskAsync("qasim", t => { t.Priority = TaskPriority.Critical; t.Status = TaskStatus.Verified; }),
            await AlexTaskAsync("qasim", t => { t.Priority = TaskPriority.High; t.Measure = MeasureKind.Quantity; t.Target = 150; t.Achieved = 60; }),
            await AlexTaskAsync("qasim", t => { t.Status = TaskStatus.InProgress; t.LastUpdatedAt = Now.AddDays(-8); }),
        };
        await AlexTaskAsync("maknasa", t => t.Status = TaskStatus.Verified);
        await AlexTaskAsync(null, t => t.Status = TaskStatus.Verified);

        var next = (await Get<DashboardService>().GetAsync(World.AlexSecretariat, World.Alexandria.Id)).NextStorm!;

        // The in-memory form of the one readiness rule, over the storm's tasks only.
        var moment = ReadinessScore.Moment.At(Clock, new ReadinessOptions());
        var expected = tasks.Sum(t => (int)t.Priority * ReadinessScore.Credit(t, moment)) * 100 / tasks.Sum(t => (int)t.Priority);
        Assert.Equal("qasim", next.Window.Storm.Code);
        Assert.Equal(3, next.Tally.Tasks);
        Assert.Equal(Math.Round(expected, 1), next.Tally.Score);
        Assert.Equal(63.3m, next.Tally.Score); // (3×1 + 2×0.4 + 1×0) ÷ 6
        Assert.Equal(1, next.Tally.Stale);
    }

    [Theory]
    [InlineData("2026-11-23T22:30:00Z", 5)] // 00:30 on 24 Nov in Cairo, still the 23rd in UTC
    [InlineData("2026-11-28T21:59:00Z", 1)]
    [InlineData("2026-11-28T22:00:00Z", 0)] // midnight in Cairo: Qasim's window opens today
    public async Task Days_left_are_cairo_days_until_the_window_opens(string utc, int daysLeft)
    {
        Clock.SetUtcNow(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture));

        var next = (await Get<DashboardService>().GetAsync(World.AlexSecretariat, World.Alexandria.Id)).NextStorm!;

        Assert.Equal(("qasim", new DateOnly(2026, 11, 29), daysLeft), (next.Window.Storm.Code, next.Window.From, next.DaysLeft));
    }

    [Fact]
    public async Task Once_a_window_has_opened_the_next_storm_is_the_one_after()
    {
        Clock.SetUtcNow(new DateTimeOffset(2026, 11, 29, 22, 0, 0, TimeSpan.Zero));

        var next = (await Get<DashboardService>().GetAsync(World.AlexSecretariat, World.Alexandria.Id)).NextStorm!;

        Assert.Equal(("fayda-sughra", 14), (next.Window.Storm.Code, next.DaysLeft));
        Assert.Equal(0, next.Tally.Tasks);
        Assert.Null(next.Tally.Score);
    }

    [Fact]
    public async Task Luxor_has_no_storm_calendar_and_so_no_next_storm()
    {
        await World.AddTaskAsync();

        var figures = await Get<DashboardService>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);

        Assert.Null(figures.NextStorm);
    }

    private Task<ReadinessTask> AlexTaskAsync(string? storm, Action<ReadinessTask> configure) =>
        World.AddTaskAsync(t =>
        {
            t.GovernorateId = World.Alexandria.Id;
            t.OrganisationId = World.AlexWater.Id;
            t.StormCode = storm;
            configure(t);
        });
}
