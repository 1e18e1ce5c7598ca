using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Tests.Features.Reminders;

namespace Preparedness.Web.Tests.Features.Health;

/// <summary>A blood stock not reported for StaleAfterHours (24) reminds the health directorate's heads, once per period of silence.</summary>
public sealed class StaleBloodStockReminderTests : ReminderTest
{
    private const string HealthHead = "head-health";

    private static readonly Told Reminded = new(ReminderKind.StaleBloodStock, HealthHead, null);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddUserAsync(HealthHead, Roles.OrganisationHead, World.Luxor.Id, World.LuxorHealth.Id);
    }

    [Fact]
    public async Task A_stale_blood_stock_reminds_the_health_directorates_heads_once_however_often_the_job_runs()
    {
        var (_, stocks) = await HospitalAsync();
        await SetUpdatedAtAsync(stocks[0].Id, Clock.GetUtcNow().AddHours(-25));

        var first = await RunAsync();
        var second = await RunAsync();

        Assert.Equal((1, 0), (first, second));
        Assert.Equal([Reminded], await ToldAsync());
    }

    [Fact]
    public async Task A_report_after_the_reminder_rearms_it()
    {
        var (_, stocks) = await HospitalAsync();
        await SetUpdatedAtAsync(stocks[0].Id, Clock.GetUtcNow().AddHours(-25));
        await RunAsync();

        await using (var db = Db())
        {
            var stock = await HealthData.StockAsync(db, stocks[0].Id);
            var head = new Actor(HealthHead, "Health head", Roles.OrganisationHead, World.Luxor.Id, World.LuxorHealth.Id);
            Assert.True((await Get<BloodStockService>().UpdateAsync(head, stock.Id, new StockUpdate(30, 2, stock.Version))).Succeeded);
        }

        var afterReport = await RunAsync();
        Clock.Advance(TimeSpan.FromHours(25));
        await RunAsync();

        Assert.Equal(0, afterReport);
        await using var read = Db();
        var keys = await read.ReminderOccurrences.Where(o => o.Kind == ReminderKind.StaleBloodStock && o.OccurrenceKey.StartsWith($"blood-stock:{stocks[0].Id}:")).CountAsync();
        Assert.Equal(2, keys);
    }

    [Fact]
    public async Task A_stock_never_reported_is_reminded_once_and_a_retired_hospitals_stock_never()
    {
        var (hospital, stocks) = await HospitalAsync();
        await SetUpdatedAtAsync(stocks[0].Id, null);
        var (retired, retiredStocks) = await HospitalAsync("مستشفى قديم", "Old hospital");
        await SetUpdatedAtAsync(retiredStocks[0].Id, Clock.GetUtcNow().AddDays(-3));
        Assert.True((await Get<HospitalRegistry>().RetireAsync(World.LuxorSecretariat, retired.Id, retired.Version)).Succeeded);

        await RunAsync();
        Clock.Advance(TimeSpan.FromDays(3));
        await SetUpdatedAtAsync(stocks[1].Id, Clock.GetUtcNow());
        await RunAsync();

        await using var db = Db();
        var keys = await db.ReminderOccurrences.Where(o => o.Kind == ReminderKind.StaleBloodStock).Select(o => o.OccurrenceKey).ToListAsync();
        Assert.Single(keys, k => k == $"blood-stock:{stocks[0].Id}:since:never:0");
        Assert.DoesNotContain(keys, k => k.StartsWith($"blood-stock:{retiredStocks[0].Id}:", StringComparison.Ordinal));
        Assert.DoesNotContain(keys, k => k.StartsWith($"blood-stock:{stocks[1].Id}:", StringComparison.Ordinal));
        Assert.NotEqual(0, hospital.Id);
    }

    [Fact]
    public async Task The_reminder_and_the_screens_agree_on_which_stocks_are_not_reported_at_the_boundary()
    {
        var (_, stocks) = await HospitalAsync();
        var boundary = Clock.GetUtcNow().AddHours(-24);
        TimeSpan?[] offsets = [TimeSpan.FromSeconds(-1), TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(-1), null];
        for (var i = 0; i < offsets.Length; i++)
        {
            await SetUpdatedAtAsync(stocks[i].Id, offsets[i] is { } o ? boundary + o : null);
        }

        await RunAsync();

        var summary = await Get<HealthQueries>().GetAsync(World.LuxorGovernor, World.Luxor.Id);
        var rules = Get<HealthRules>();
        var screens = summary.Stocks.Where(s => rules.State(s) == SupplyState.NotReported).Select(s => s.Id).Order().ToList();
        await using var db = Db();
        var reminded = (await db.ReminderOccurrences.Where(o => o.Kind == ReminderKind.StaleBloodStock && o.OccurrenceKey.StartsWith("blood-stock:")).Select(o => o.OccurrenceKey).ToListAsync())
            .Select(k => int.Parse(k.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal([stocks[0].Id, stocks[3].Id, stocks[4].Id], screens);
        Assert.Equal(screens, reminded);
    }

    private async Task<int> RunAsync() => (await Get<StaleBloodStockJob>().ExecuteAsync(CancellationToken.None)).Notifications;

    private async Task<(HealthFacility Hospital, List<BloodStock> Stocks)> HospitalAsync(string? nameAr = null, string? nameEn = null)
    {
        await using var db = Db();
        var (hospital, stocks) = await HealthData.AddHospitalAsync(db, World, Clock.GetUtcNow());
        if (nameAr is not null)
        {
            (hospital.NameAr, hospital.NameEn) = (nameAr, nameEn!);
            await db.SaveChangesAsync();
        }

        return (hospital, stocks);
    }

    private async Task SetUpdatedAtAsync(int stockId, DateTimeOffset? at)
    {
        await using var db = Db();
        await db.BloodStocks.Where(s => s.Id == stockId).ExecuteUpdateAsync(u => u.SetProperty(s => s.UpdatedAt, at));
    }
}
