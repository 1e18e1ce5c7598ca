using Preparedness.Web.Features.Health;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Health;

/// <summary>The screens' state of a stock comes from the app's clock: a day without a report and it is "not reported".</summary>
public sealed class StaleStockTests : DatabaseTest
{
    [Fact]
    public async Task A_stock_left_unreported_for_more_than_a_day_shows_as_not_reported_on_the_figures_and_never_as_adequate()
    {
        await using (var db = Db())
        {
            await HealthData.AddHospitalAsync(db, World, Clock.GetUtcNow());
        }

        var before = HealthFigures.Of(await Get<HealthQueries>().GetAsync(World.LuxorSecretariat, World.Luxor.Id), Get<HealthRules>());
        Clock.Advance(TimeSpan.FromHours(25));
        var summary = await Get<HealthQueries>().GetAsync(World.LuxorSecretariat, World.Luxor.Id);
        var after = HealthFigures.Of(summary, Get<HealthRules>());

        Assert.Equal((8, 0, 0, 1), (before.Stocks, before.StocksNotReported, before.StocksLow, before.Hospitals - before.HospitalsNotReported));
        Assert.Equal((8, 8, 0), (after.Stocks, after.StocksNotReported, after.StocksLow));
        Assert.All(summary.Stocks, s => Assert.Equal(SupplyState.NotReported, Get<HealthRules>().State(s)));

        // A hospital that has not reported brings no beds to the total.
        Assert.Equal((1, 0), (after.HospitalsNotReported, after.Beds));
    }

    [Fact]
    public async Task A_report_brings_a_stale_stock_back()
    {
        int id;
        await using (var db = Db())
        {
            id = (await HealthData.AddHospitalAsync(db, World, Clock.GetUtcNow())).Stocks[0].Id;
        }

        Clock.Advance(TimeSpan.FromDays(2));
        var head = new Web.Features.Accounts.Actor("health-lx", "Health head", Web.Features.Accounts.Roles.OrganisationHead, World.Luxor.Id, World.LuxorHealth.Id);
        await using var read = Db();
        var version = (await HealthData.StockAsync(read, id)).Version;

        Assert.True((await Get<BloodStockService>().UpdateAsync(head, id, new StockUpdate(40, 4, version))).Succeeded);

        var stock = (await Get<HealthQueries>().GetAsync(head, World.Luxor.Id)).Stocks.Single(s => s.Id == id);
        Assert.Equal(SupplyState.Adequate, Get<HealthRules>().State(stock));
    }
}
