using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Health;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Tests.Features.Reminders;

namespace Preparedness.Web.Tests.Features.Health;

/// <summary>A blood stock going below the threshold tells the health directorate's heads and the secretariat, once per crossing.</summary>
public sealed class LowStockNoticeTests : ReminderTest
{
    private const string HealthHead = "head-health";

    private Actor Head => new(HealthHead, "Health head", Roles.OrganisationHead, World.Luxor.Id, World.LuxorHealth.Id);

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await AddUserAsync(HealthHead, Roles.OrganisationHead, World.Luxor.Id, World.LuxorHealth.Id);
    }

    [Fact]
    public async Task Going_below_the_threshold_is_told_once_and_again_only_after_recovering_and_going_below_again()
    {
        var id = await StockIdAsync();

        await ReportAsync(id, 5, 2);   // 2.5 days: below 3, a crossing
        await ReportAsync(id, 4, 2);   // still low: no new crossing
        await ReportAsync(id, 3, 2);
        var once = await ToldAsync();
        await ReportAsync(id, 30, 2);  // recovered
        await ReportAsync(id, 20, 2);  // 10 days: still fine
        var afterRecovery = await ToldAsync();
        await ReportAsync(id, 2, 2);   // the second crossing

        List<Told> crossing = [new(ReminderKind.LowBloodStock, HealthHead, null), new(ReminderKind.LowBloodStock, LuxorSecretariat, null)];
        Assert.Equal(crossing, once);
        Assert.Equal(crossing, afterRecovery);
        Assert.Equal([crossing[0], crossing[0], crossing[1], crossing[1]], await ToldAsync());
        await using var db = Db();
        Assert.Equal(2, (await HealthData.StockAsync(db, id)).LowCrossings);
        Assert.Equal(2, await db.ReminderOccurrences.CountAsync(o => o.Kind == ReminderKind.LowBloodStock));
    }

    [Fact]
    public async Task The_notice_names_the_group_the_place_and_the_days_left_in_arabic()
    {
        var id = await StockIdAsync();
        await ReportAsync(id, 5, 2);

        var notice = Assert.Single(await Get<NotificationService>().ListAsync(World.LuxorSecretariat with { UserId = LuxorSecretariat }));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
            var text = Get<NotificationText>().Render(notice);
            Assert.Equal($"نقص مخزون الدم: فصيلة {BloodGroups.Label(BloodGroup.APositive)} في مستشفى تجريبي", text.Title);
            Assert.Equal(["يكفي المخزون 2٫5 يوم فقط (5 وحدة متاحة)"], text.Lines);
            Assert.Equal("health", text.Link);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task A_report_that_does_not_save_tells_no_one_and_changes_nothing()
    {
        var id = await StockIdAsync();
        await using var db = Db();
        var version = (await HealthData.StockAsync(db, id)).Version;

        var stale = await Get<BloodStockService>().UpdateAsync(Head, id, new StockUpdate(1, 2, version + 1));
        var bad = await Get<BloodStockService>().UpdateAsync(Head, id, new StockUpdate(1, -2, version));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<BloodStockService>().UpdateAsync(World.LuxorSecretariat, id, new StockUpdate(1, 2, version)));

        Assert.Equal((HealthSaveStatus.Conflict, HealthSaveStatus.Invalid), (stale.Status, bad.Status));
        Assert.Equal(["Health.DailyUseRange"], bad.Errors);
        Assert.Empty(await ToldAsync());
        Assert.Equal(20, (await HealthData.StockAsync(db, id)).UnitsOnHand);
    }

    [Fact]
    public async Task Every_report_is_audited_with_its_old_and_new_figures()
    {
        var id = await StockIdAsync();
        await ReportAsync(id, 5, 2);
        await ReportAsync(id, 30, 2.5m);

        var history = await Get<HealthHistory>().RecentAsync(World.LuxorGovernor, World.Luxor.Id, "blood-stock", id);

        Assert.Equal(["blood-stock.updated", "blood-stock.low"], history.Select(h => h.Action));
        Assert.Equal([("UnitsOnHand", "5", "30"), ("DailyUse", "2", "2.5")], history[0].Changes);
        Assert.Equal("Health head", history[0].By);
    }

    private async Task<int> StockIdAsync()
    {
        await using var db = Db();
        return (await HealthData.AddHospitalAsync(db, World, Clock.GetUtcNow())).Stocks[0].Id;
    }

    private async Task ReportAsync(int id, int units, decimal dailyUse)
    {
        await using var db = Db();
        var version = (await HealthData.StockAsync(db, id)).Version;
        var result = await Get<BloodStockService>().UpdateAsync(Head, id, new StockUpdate(units, dailyUse, version));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
    }
}
