using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Tests.Features.Reminders;

namespace Preparedness.Web.Tests.Features.Resources;

/// <summary>An entry not checked for StaleAfterDays (14) reminds its holder's heads, once per period of silence; a check re-arms it.</summary>
public sealed class StaleResourceReminderTests : ReminderTest
{
    [Fact]
    public async Task A_stale_entry_reminds_its_holders_heads_once_however_often_the_job_runs()
    {
        await EntryAsync(checkedDaysAgo: 15);

        var first = await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);
        var second = await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);

        Assert.Equal((1, 0), (first.Notifications, second.Notifications));
        Assert.Equal([new Told(ReminderKind.StaleResource, WaterHead, null)], await ToldAsync());
    }

    [Fact]
    public async Task A_check_after_the_reminder_rearms_it_for_the_next_period_of_silence()
    {
        var entry = await EntryAsync(checkedDaysAgo: 15);
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);

        var check = await Get<StockService>().UpdateAsync(World.WaterHead, entry.Id, new StockInput { QuantityHeld = 4, QuantityWorking = 3, Location = "جراج إسنا" }, entry.Version);
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);
        var afterCheck = await ToldAsync();
        Clock.Advance(TimeSpan.FromDays(15));
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);

        Assert.True(check.Succeeded);
        Assert.Single(afterCheck);
        Assert.Equal([new Told(ReminderKind.StaleResource, WaterHead, null), new Told(ReminderKind.StaleResource, WaterHead, null)], await ToldAsync());
    }

    [Fact]
    public async Task A_fresh_entry_reminds_no_one_and_a_whole_second_period_of_silence_reminds_again()
    {
        await EntryAsync(checkedDaysAgo: 13);
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);
        var fresh = await ToldAsync();

        Clock.Advance(TimeSpan.FromDays(2));
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromDays(13));
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);
        Clock.Advance(TimeSpan.FromDays(1));
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);

        Assert.Empty(fresh);
        await using var db = Db();
        var days = await db.ReminderOccurrences.Where(o => o.Kind == ReminderKind.StaleResource && o.OccurrenceKey.StartsWith("resource:"))
            .OrderBy(o => o.Id).Select(o => o.Days).ToListAsync();
        Assert.Equal([15, 28], days); // 15 days: the first period; 28: the second; 29: still the second
    }

    [Fact]
    public async Task The_reminder_and_the_screens_agree_on_which_entries_are_not_reported_at_the_boundary()
    {
        var boundary = Clock.GetUtcNow().AddDays(-14);
        var type = 0;
        var ids = new List<int>();
        await using (var db = Db())
        {
            type = await ResourceWorld.TypeAsync(db);
            var units = new[] { World.Esna.Id, World.Armant.Id };
            var offsets = new[] { TimeSpan.FromSeconds(-1), TimeSpan.Zero, TimeSpan.FromSeconds(1), TimeSpan.FromMilliseconds(-1) };
            var i = 0;
            foreach (var offset in offsets)
            {
                var organisation = i % 2 == 0 ? World.LuxorWater.Id : World.EsnaCouncil.Id;
                ids.Add((await ResourceWorld.EntryAsync(db, World, type, 3, 3, boundary + offset, organisation, units[i / 2])).Id);
                i++;
            }
        }

        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);

        var screens = (await Get<ResourceQueries>().StockAsync(World.LuxorSecretariat, World.Luxor.Id)).Where(s => s.NotReported).Select(s => s.Id).Order().ToList();
        await using var read = Db();
        var reminded = (await read.ReminderOccurrences.Where(o => o.Kind == ReminderKind.StaleResource && o.OccurrenceKey.StartsWith("resource:")).Select(o => o.OccurrenceKey).ToListAsync())
            .Select(k => int.Parse(k.Split(':')[1], System.Globalization.CultureInfo.InvariantCulture)).Order().ToList();
        Assert.Equal([ids[0], ids[3]], screens);
        Assert.Equal(screens, reminded);
    }

    [Fact]
    public async Task The_reminder_names_the_type_the_unit_and_the_days_of_silence_in_arabic()
    {
        await EntryAsync(checkedDaysAgo: 15);
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);

        var notice = Assert.Single(await Get<NotificationService>().ListAsync(World.WaterHead with { UserId = WaterHead }));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
            var text = Get<NotificationText>().Render(notice);
            Assert.Equal("لم يُراجَع: سيارة شفط في مركز ومدينة إسنا", text.Title);
            Assert.Equal(["آخر مراجعة منذ 15 يومًا، ويُحسب «لم يُبلَّغ» حتى يُراجَع. يرجى مراجعته والحفظ حتى لو لم يتغير شيء."], text.Lines);
            Assert.Equal("resources", text.Link);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    [Fact]
    public async Task An_organisations_stale_entries_are_told_in_one_notification_listing_them_each_still_reminded_once()
    {
        await using (var db = Db())
        {
            var trucks = await ResourceWorld.TypeAsync(db);
            var pumps = await ResourceWorld.TypeAsync(db, "pump");
            await ResourceWorld.EntryAsync(db, World, trucks, 2, 2, Clock.GetUtcNow().AddDays(-20));
            await ResourceWorld.EntryAsync(db, World, pumps, 2, 2, Clock.GetUtcNow().AddDays(-16), unitId: World.Armant.Id);
            await ResourceWorld.EntryAsync(db, World, pumps, 2, 2, Clock.GetUtcNow().AddDays(-15), organisationId: World.EsnaCouncil.Id);
        }

        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);
        await Get<StaleResourcesJob>().ExecuteAsync(CancellationToken.None);

        Assert.Equal([new Told(ReminderKind.StaleResource, EsnaHead, null), new Told(ReminderKind.StaleResource, WaterHead, null)], await ToldAsync());
        var notice = Assert.Single(await Get<NotificationService>().ListAsync(World.WaterHead with { UserId = WaterHead }));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
            var text = Get<NotificationText>().Render(notice);
            Assert.Equal("2 من موارد «شركة مياه الشرب والصرف الصحي بالأقصر» لم تُراجَع", text.Title);
            Assert.Equal(["سيارة شفط في مركز ومدينة إسنا: آخر مرة منذ 20 يومًا", "سيارة شفط في مركز ومدينة أرمنت: آخر مرة منذ 16 يومًا"], text.Lines);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    private async Task<ResourceEntry> EntryAsync(int checkedDaysAgo)
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        return await ResourceWorld.EntryAsync(db, World, type, 4, 3, Clock.GetUtcNow().AddDays(-checkedDaysAgo));
    }
}
