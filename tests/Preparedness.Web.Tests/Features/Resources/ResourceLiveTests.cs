using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Resources;

/// <summary>
/// A heard stock change reaches the open dashboards of its governorate with new figures computed once, and no one else.
/// (The whole way from a holder's phone through NOTIFY to another user's open dashboard: Browser/ResourceStockTests.)
/// </summary>
public sealed class ResourceLiveTests : DatabaseTest
{
    [Fact]
    public async Task A_stock_change_reaches_an_open_dashboard_of_its_governorate_with_the_new_gap()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        var entry = await ResourceWorld.EntryAsync(db, World, type, 4, 1, Now.AddDays(-1));
        await ResourceWorld.MinimumAsync(db, World, type, 4);
        var feed = Get<LiveFeed>();
        var luxor = new List<ResourceFiguresUpdate>();
        var heard = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var alexandria = new List<ResourceFiguresUpdate>();
        using var luxorDashboard = feed.Subscribe<ResourceFiguresUpdate>(LiveScope.Governorate(World.Luxor.Id), async u => { await Add(luxor, u); heard.TrySetResult(); }, () => Task.CompletedTask);
        using var alexDashboard = feed.Subscribe<ResourceFiguresUpdate>(LiveScope.Governorate(World.Alexandria.Id), u => Add(alexandria, u), () => Task.CompletedTask);
        Assert.True((await Get<StockService>().UpdateAsync(World.WaterHead, entry.Id, new StockInput { QuantityHeld = 4, QuantityWorking = 3 }, entry.Version)).Succeeded);

        // What the listener hands the handler once the change's NOTIFY arrives; the handler returns at once (the
        // listener never waits) and the figures follow, computed once for the governorate's screens.
        await Get<ResourceFiguresUpdates>().HeardAsync(
            new ResourceChange(ResourceChangeKind.Stock, World.Luxor.Id, World.Esna.Id, type, World.LuxorWater.Id, "Water head", Now), default);
        await heard.Task.WaitAsync(TimeSpan.FromSeconds(30));

        var update = Assert.Single(luxor);
        Assert.Equal((1, 1, "Water head"), (update.Figures.GapTotal, update.Figures.GapCount, update.Change.ChangedBy));
        Assert.Empty(alexandria);
    }

    private static Task Add(List<ResourceFiguresUpdate> heard, ResourceFiguresUpdate update)
    {
        heard.Add(update);
        return Task.CompletedTask;
    }
}
