using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Dashboard.Trends;
using Preparedness.Web.Features.Reminders.Digest;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Features.Reminders;

namespace Preparedness.Web.Tests.Features.Dashboard.Trends;

/// <summary>One task of 100 drains, 4 more cleaned each day since 9 Nov: 56 by yesterday (22 Nov); the season ends 23 Dec.</summary>
public sealed class ForecastDigestTests : ReminderTest
{
    private static readonly DateTimeOffset Created = new(2026, 11, 8, 7, 0, 0, TimeSpan.Zero);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await using var db = Db();
        var plan = await db.Plans.SingleAsync(p => p.Id == World.LuxorPlan.Id);
        plan.EndsOn = new DateOnly(2026, 12, 23);
        var task = await World.AddTaskAsync(t => (t.Measure, t.Target, t.Achieved, t.CreatedAt) = (MeasureKind.Quantity, 100, 56, Created));
        db.TaskHistory.Add(new TaskHistoryEntry { TaskId = task.Id, At = Created, UserName = "sg", Kind = HistoryKind.Created });
        for (var k = 0; k < 14; k++)
        {
            db.TaskHistory.Add(new TaskHistoryEntry
            {
                TaskId = task.Id, At = Created.AddDays(k + 1), UserName = "owner", Kind = HistoryKind.Progress,
                Changes = [new FieldChange { Field = "Achieved", To = $"{4 * (k + 1)}" }],
            });
        }

        await db.SaveChangesAsync();
        await Get<WriteSnapshotsJob>().BackfillAsync(default);
    }

    [Fact]
    public async Task The_dashboard_forecasts_the_day_readiness_reaches_full_at_the_last_fourteen_days_pace()
    {
        var board = (await Get<TrendService>().ForecastsAsync(World.LuxorGovernor, World.Luxor.Id))!;

        // 0 on the 8th, 56 on the 22nd: 4 a day; 44 to go = 11 days; 44 points in the 30 days left = 10.3 a week.
        var f = board.Governorate.Forecast;
        Assert.Equal((ForecastVerdict.OnTrack, 28m, new DateOnly(2026, 12, 3), 10.3m), (f.Verdict, f.PacePerWeek, f.ReachesOn!.Value, f.NeedsPerWeek!.Value));
        Assert.Equal(f, Assert.Single(board.Organisations).Forecast);
    }

    [Fact]
    public async Task The_morning_digest_carries_the_governorates_forecast_in_arabic()
    {
        await Get<SendDigestJob>().ExecuteAsync(default);

        await using var db = Db();
        var payload = DigestPayload.FromJson((await db.ReminderOccurrences.SingleAsync()).Payload)!;
        Assert.Equal(new DigestForecast("OnTrack", new DateOnly(2026, 12, 3), new DateOnly(2026, 12, 23), 10.3m), payload.Forecast);
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
            var list = await Get<NotificationService>().ListAsync(World.LuxorSecretariat with { UserId = LuxorSecretariat });
            var text = Get<NotificationText>().Render(list[0]);
            Assert.Contains(text.Lines, l => l.StartsWith("التوقع بوتيرة آخر ١٤ يومًا: على المسار", StringComparison.Ordinal) && l.Contains(10.3m.ToString("0.#", CultureInfo.CurrentCulture), StringComparison.Ordinal));
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }
}
