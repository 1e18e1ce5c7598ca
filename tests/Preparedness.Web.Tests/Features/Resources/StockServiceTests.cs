using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Resources;

public sealed class StockServiceTests : DatabaseTest
{
    [Fact]
    public async Task A_holders_update_stamps_the_check_and_writes_history_and_audit()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        var entry = await ResourceWorld.EntryAsync(db, World, type, 4, 2, Now.AddDays(-10));
        Clock.Advance(TimeSpan.FromHours(1));

        var result = await Get<StockService>().UpdateAsync(World.WaterHead, entry.Id, new StockInput { QuantityHeld = 5, QuantityWorking = 4, Location = "محطة إسنا" }, entry.Version);

        Assert.True(result.Succeeded);
        var saved = await db.ResourceEntries.AsNoTracking().SingleAsync();
        Assert.Equal((5, 4, "محطة إسنا", Clock.GetUtcNow(), "Water head"), (saved.QuantityHeld, saved.QuantityWorking, saved.Location, saved.LastCheckedAt, saved.LastCheckedByName));
        var history = await db.ResourceHistory.SingleAsync();
        Assert.Equal((5, 4, "water-lx"), (history.QuantityHeld, history.QuantityWorking, history.ById));
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == "resource.stock_updated");
        Assert.Contains(audit.Changes, c => c is { Field: "QuantityWorking", From: "2", To: "4" });
    }

    [Theory]
    [InlineData(3, 4, "Resource.WorkingAboveHeld")]
    [InlineData(-1, 0, "Resource.QuantityInvalid")]
    [InlineData(2_000_000, 0, "Resource.QuantityInvalid")]
    public async Task Bad_numbers_are_refused_with_a_clear_message_and_nothing_changes(int held, int working, string error)
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        var entry = await ResourceWorld.EntryAsync(db, World, type, 4, 2, Now.AddDays(-10));

        var result = await Get<StockService>().UpdateAsync(World.WaterHead, entry.Id, new StockInput { QuantityHeld = held, QuantityWorking = working }, entry.Version);

        Assert.Equal([error], result.Errors);
        var kept = await db.ResourceEntries.SingleAsync();
        Assert.Equal((4, 2), (kept.QuantityHeld, kept.QuantityWorking));
        Assert.Equal(0, await db.ResourceHistory.CountAsync());
    }

    [Fact]
    public async Task A_save_over_someone_elses_newer_numbers_is_a_conflict()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        var entry = await ResourceWorld.EntryAsync(db, World, type, 4, 2, Now.AddDays(-10));
        var service = Get<StockService>();
        Assert.True((await service.UpdateAsync(World.LuxorSecretariat, entry.Id, new StockInput { QuantityHeld = 4, QuantityWorking = 3 }, entry.Version)).Succeeded);

        var late = await service.UpdateAsync(World.WaterHead, entry.Id, new StockInput { QuantityHeld = 4, QuantityWorking = 1 }, entry.Version);

        Assert.Equal(SaveStatus.Conflict, late.Status);
        Assert.Equal(3, await db.ResourceEntries.Select(e => e.QuantityWorking).SingleAsync());
    }

    [Fact]
    public async Task A_holder_lists_a_new_resource_once_per_unit_and_type()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        var input = new StockInput { OrganisationId = World.LuxorWater.Id, LocalUnitId = World.Armant.Id, ResourceTypeId = type, QuantityHeld = 3, QuantityWorking = 3 };
        var service = Get<StockService>();

        Assert.True((await service.AddAsync(World.WaterHead, World.Luxor.Id, input)).Succeeded);
        var twice = await service.AddAsync(World.WaterHead, World.Luxor.Id, input);

        Assert.Equal(["Resource.EntryExists"], twice.Errors);
        Assert.Equal(1, await db.ResourceEntries.CountAsync());
        Assert.True(await db.AuditEvents.AnyAsync(a => a.Action == "resource.entry_added"));
    }
}
