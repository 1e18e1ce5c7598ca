using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Resources;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Resources;

public sealed class ResourceGapTests : DatabaseTest
{
    [Theory]
    [InlineData(5, 3, 2)]
    [InlineData(5, 5, 0)]
    [InlineData(5, 9, 0)]
    [InlineData(0, 4, 0)]
    public async Task The_gap_is_the_minimum_less_what_works_and_never_negative(int minimum, int working, int expected)
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        await ResourceWorld.EntryAsync(db, World, type, held: working + 2, working: working, checkedAt: Now.AddDays(-1));
        await ResourceWorld.MinimumAsync(db, World, type, minimum);

        var gap = Assert.Single(await Get<ResourceQueries>().GapsAsync(World.LuxorSecretariat, World.Luxor.Id));

        Assert.Equal((minimum, working, expected), (gap.Minimum, gap.Working, gap.Gap));
    }

    [Fact]
    public async Task Working_quantities_of_every_holder_in_the_unit_add_up_and_other_units_do_not_count()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        await ResourceWorld.EntryAsync(db, World, type, 3, 2, Now.AddDays(-1));
        await ResourceWorld.EntryAsync(db, World, type, 2, 1, Now.AddDays(-2), organisationId: World.EsnaCouncil.Id);
        await ResourceWorld.EntryAsync(db, World, type, 9, 9, Now.AddDays(-1), unitId: World.Armant.Id);
        await ResourceWorld.MinimumAsync(db, World, type, 7);

        var gap = Assert.Single(await Get<ResourceQueries>().GapsAsync(World.LuxorSecretariat, World.Luxor.Id));

        Assert.Equal((3, 4), (gap.Working, gap.Gap));
    }

    [Fact]
    public async Task An_entry_not_checked_for_the_configured_days_shows_as_not_reported_and_is_never_counted_as_available()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        var fresh = await ResourceWorld.EntryAsync(db, World, type, 2, 2, Now.AddDays(-13));
        var stale = await ResourceWorld.EntryAsync(db, World, type, 6, 6, Now.AddDays(-15), organisationId: World.EsnaCouncil.Id);
        await ResourceWorld.MinimumAsync(db, World, type, 5);
        var queries = Get<ResourceQueries>();

        var stock = await queries.StockAsync(World.LuxorAdviser, World.Luxor.Id);
        var gap = Assert.Single(await queries.GapsAsync(World.LuxorAdviser, World.Luxor.Id));
        var figures = await queries.FiguresAsync(World.LuxorAdviser, World.Luxor.Id);

        Assert.False(stock.Single(s => s.Id == fresh.Id).NotReported);
        Assert.True(stock.Single(s => s.Id == stale.Id).NotReported);
        Assert.Equal((2, 3, 1), (gap.Working, gap.Gap, gap.NotReported));
        Assert.Equal((2, 1, 1, 3), (figures.Entries, figures.NotReported, figures.GapCount, figures.GapTotal));
    }

    [Fact]
    public async Task A_stale_entry_checked_again_counts_again()
    {
        await using var db = Db();
        var type = await ResourceWorld.TypeAsync(db);
        var entry = await ResourceWorld.EntryAsync(db, World, type, 4, 4, Now.AddDays(-30));
        await ResourceWorld.MinimumAsync(db, World, type, 4);
        var queries = Get<ResourceQueries>();
        Assert.Equal(4, Assert.Single(await queries.GapsAsync(World.WaterHead, World.Luxor.Id)).Gap);

        var result = await Get<StockService>().UpdateAsync(World.WaterHead, entry.Id, new StockInput { QuantityHeld = 4, QuantityWorking = 4, Location = "جراج إسنا" }, entry.Version);

        Assert.True(result.Succeeded);
        Assert.Equal(0, Assert.Single(await queries.GapsAsync(World.WaterHead, World.Luxor.Id)).Gap);
        Assert.False(Assert.Single(await queries.StockAsync(World.WaterHead, World.Luxor.Id)).NotReported);
    }

    [Fact]
    public async Task The_dashboard_figures_and_the_gap_list_agree_on_every_gap()
    {
        await using var db = Db();
        var truck = await ResourceWorld.TypeAsync(db);
        var pump = await ResourceWorld.TypeAsync(db, "water-pump");
        await ResourceWorld.EntryAsync(db, World, truck, 3, 1, Now.AddDays(-1));
        await ResourceWorld.EntryAsync(db, World, pump, 8, 8, Now.AddDays(-1), unitId: World.Armant.Id);
        await ResourceWorld.MinimumAsync(db, World, truck, 4);
        await ResourceWorld.MinimumAsync(db, World, pump, 6, unitId: World.Armant.Id);
        await ResourceWorld.MinimumAsync(db, World, pump, 2);
        var queries = Get<ResourceQueries>();

        var gaps = await queries.GapsAsync(World.LuxorGovernor, World.Luxor.Id);
        var figures = await queries.FiguresAsync(World.LuxorGovernor, World.Luxor.Id);

        Assert.Equal(gaps.Where(g => g.Gap > 0).Select(g => (g.MinimumId, g.Gap)), figures.Gaps.Select(g => (g.MinimumId, g.Gap)));
        Assert.Equal((2, 5), (figures.GapCount, figures.GapTotal));
    }
}
