using Preparedness.Web.Features.Dashboard.Trends;

namespace Preparedness.Web.Tests.Features.Dashboard.Trends;

public sealed class ReadinessForecastTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);

    /// <summary>A snapshot for each of the <paramref name="scores"/>, the last one yesterday.</summary>
    private static List<(DateOnly, decimal)> Daily(params decimal[] scores) =>
        [.. scores.Select((s, i) => (Today.AddDays(i - scores.Length), s))];

    private static decimal[] Line(decimal from, decimal perDay, int days) => [.. Enumerable.Range(0, days).Select(i => from + perDay * i)];

    [Fact]
    public void Steady_progress_reaches_full_readiness_on_the_day_the_straight_line_does()
    {
        // 2 points a day for 15 days, 58 yesterday: 42 to go = 21 days after yesterday.
        var f = ReadinessForecast.Of(Daily(Line(30, 2, 15)), Today, Today.AddDays(30));

        Assert.Equal((ForecastVerdict.OnTrack, 58m, 14m, Today.AddDays(20)), (f.Verdict, f.Score, f.PacePerWeek, f.ReachesOn));
        Assert.Equal(9.8m, f.NeedsPerWeek); // 42 points in 30 days
    }

    [Fact]
    public void The_pace_is_of_the_last_fourteen_days_only()
    {
        // Fast long ago (5 a day), 1 a day for the last 14 days: the old rush does not count.
        decimal[] scores = [.. Line(0, 5, 6), .. Line(26, 1, 15)];
        var f = ReadinessForecast.Of(Daily(scores), Today, Today.AddDays(90));

        Assert.Equal(7m, f.PacePerWeek);
        Assert.Equal(Today.AddDays(59), f.ReachesOn); // 40 yesterday: 60 points at 1 a day
    }

    [Fact]
    public void A_stalled_score_never_reaches_full_and_will_miss()
    {
        var f = ReadinessForecast.Of(Daily(Line(60, 0, 15)), Today, Today.AddDays(30));

        Assert.Equal((ForecastVerdict.WillMiss, (DateOnly?)null, 0m), (f.Verdict, f.ReachesOn, f.PacePerWeek));
        Assert.Equal(9.3m, f.NeedsPerWeek); // 40 points in 30 days
    }

    [Fact]
    public void An_accelerating_score_is_judged_by_its_pace_over_the_whole_window()
    {
        // Flat at 40 for a week, then 3 a day: 61 yesterday, 21 points in 14 days = 1.5 a day.
        decimal[] scores = [.. Line(40, 0, 8), .. Line(43, 3, 7)];
        var f = ReadinessForecast.Of(Daily(scores), Today, Today.AddDays(30));

        Assert.Equal((ForecastVerdict.OnTrack, 10.5m, Today.AddDays(25)), (f.Verdict, f.PacePerWeek, f.ReachesOn));

        // With a closer deadline the same pace comes within 10 points: at risk; further off it misses.
        Assert.Equal(ForecastVerdict.AtRisk, ReadinessForecast.Of(Daily(scores), Today, Today.AddDays(20)).Verdict);
        Assert.Equal(ForecastVerdict.WillMiss, ReadinessForecast.Of(Daily(scores), Today, Today.AddDays(10)).Verdict);
    }

    [Fact]
    public void A_falling_score_has_no_date_and_will_miss()
    {
        var f = ReadinessForecast.Of(Daily(Line(70, -0.5m, 15)), Today, Today.AddDays(60));

        Assert.Equal((ForecastVerdict.WillMiss, (DateOnly?)null, -3.5m), (f.Verdict, f.ReachesOn, f.PacePerWeek));
    }

    [Fact]
    public void No_history_or_a_single_day_gives_no_pace_but_still_what_is_needed()
    {
        var none = ReadinessForecast.Of([], Today, Today.AddDays(28));
        var one = ReadinessForecast.Of(Daily(44m), Today, Today.AddDays(28));

        Assert.Equal((ForecastVerdict.NoHistory, (decimal?)null, (decimal?)null), (none.Verdict, none.Score, none.NeedsPerWeek));
        Assert.Equal((ForecastVerdict.NoHistory, (decimal?)44m, (decimal?)null, (decimal?)14m), (one.Verdict, one.Score, one.PacePerWeek, one.NeedsPerWeek));
    }

    [Fact]
    public void Full_readiness_is_reached_and_a_season_without_an_end_has_no_verdict()
    {
        Assert.Equal(ForecastVerdict.Reached, ReadinessForecast.Of(Daily(90, 100), Today, Today.AddDays(5)).Verdict);
        var open = ReadinessForecast.Of(Daily(Line(30, 2, 15)), Today, null);
        Assert.Equal((ForecastVerdict.NoDeadline, Today.AddDays(20)), (open.Verdict, open.ReachesOn));
    }

    [Fact]
    public void A_passed_deadline_short_of_full_will_miss_and_needs_all_that_is_left_now()
    {
        var f = ReadinessForecast.Of(Daily(Line(80, 1, 15)), Today, Today.AddDays(-1));

        Assert.Equal((ForecastVerdict.WillMiss, 6m), (f.Verdict, f.NeedsPerWeek));
    }
}
