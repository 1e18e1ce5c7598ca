using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Tests.Features.Reminders;

namespace Preparedness.Web.Tests.Features.Resources;

/// <summary>A unit's working quantity falling below its minimum is told to the governorate's secretariat once per crossing.</summary>
public sealed class GapEscalationTests : ReminderTest
{
    private static readonly Told Escalated = new(ReminderKind.ResourceGap, LuxorSecretariat, null);

    [Fact]
    public async Task A_gap_is_escalated_exactly_once_per_crossing_and_again_after_it_recovers_and_falls_again()
    {
        var (entry, level) = await GapAsync(working: 2, minimum: 5);

        await RunAsync();
        await RunAsync();
        var once = await ToldAsync();
        entry = await CheckAsync(entry, working: 5);
        await RunAsync();
        var recovered = await LevelAsync(level.Id);
        await RunAsync();
        var afterRecovery = await ToldAsync();
        await CheckAsync(entry, working: 1);
        await RunAsync();
        await RunAsync();

        Assert.Equal([Escalated], once);
        Assert.Equal([Escalated], afterRecovery);
        Assert.Equal((false, 1), (recovered.IsShort, recovered.ShortCrossings));
        Assert.Equal([Escalated, Escalated], await ToldAsync());
        var now = await LevelAsync(level.Id);
        Assert.Equal((true, 2), (now.IsShort, now.ShortCrossings));
    }

    [Fact]
    public async Task An_entry_going_stale_opens_the_gap_and_that_is_escalated_too()
    {
        await GapAsync(working: 5, minimum: 5, checkedDaysAgo: 13);
        await RunAsync();
        var covered = await ToldAsync();

        Clock.Advance(TimeSpan.FromDays(2));
        await RunAsync();

        Assert.Empty(covered);
        Assert.Equal([Escalated], await ToldAsync());
    }

    [Fact]
    public async Task Two_runs_at_once_escalate_once()
    {
        await GapAsync(working: 0, minimum: 3);

        var runs = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => Task.Run(() => Get<GapEscalationJob>().ExecuteAsync(CancellationToken.None))));

        Assert.Equal(1, runs.Sum(r => r.Notifications));
        Assert.Equal([Escalated], await ToldAsync());
        await using var db = Db();
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "resource.gap_opened"));
    }

    [Fact]
    public async Task The_escalation_names_the_type_the_unit_and_the_shortfall_in_arabic()
    {
        await GapAsync(working: 2, minimum: 5);
        await RunAsync();

        var notice = Assert.Single(await Get<NotificationService>().ListAsync(World.LuxorSecretariat with { UserId = LuxorSecretariat }));
        var previous = CultureInfo.CurrentUICulture;
        try
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
            var text = Get<NotificationText>().Render(notice);
            Assert.Equal("عجز: سيارة شفط في مركز ومدينة إسنا", text.Title);
            Assert.Equal(["الحد الأدنى 5، والصالح للعمل 2: العجز 3."], text.Lines);
            Assert.Equal("resources", text.Link);
        }
        finally
        {
            CultureInfo.CurrentCulture = CultureInfo.CurrentUICulture = previous;
        }
    }

    private Task RunAsync() => Get<GapEscalationJob>().ExecuteAsync(CancellationToken.None);

    private async Task<(ResourceEntry Entry, ResourceMinimum Level)> GapAsync(int working, int minimum, int checkedDaysAgo = 1)
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        var entry = await ResourceWorld.EntryAsync(db, World, type, held: 6, working: working, checkedAt: Clock.GetUtcNow().AddDays(-checkedDaysAgo));
        return (entry, await ResourceWorld.MinimumAsync(db, World, type, minimum));
    }

    private async Task<ResourceEntry> CheckAsync(ResourceEntry entry, int working)
    {
        var result = await Get<StockService>().UpdateAsync(World.WaterHead, entry.Id, new StockInput { QuantityHeld = 6, QuantityWorking = working, Location = entry.Location }, entry.Version);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        await using var db = Db();
        return await db.ResourceEntries.AsNoTracking().SingleAsync(e => e.Id == entry.Id);
    }

    private async Task<ResourceMinimum> LevelAsync(int id)
    {
        await using var db = Db();
        return await db.ResourceMinimums.AsNoTracking().SingleAsync(m => m.Id == id);
    }
}
