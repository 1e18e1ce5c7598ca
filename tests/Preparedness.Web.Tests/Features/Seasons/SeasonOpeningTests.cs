using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Tests.Features.Seasons;

public sealed class SeasonOpeningTests : SeasonTest
{
    [Fact]
    public async Task Opening_from_the_library_makes_one_task_per_item_and_owner_of_its_kind()
    {
        var result = await OpenAsync();

        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        await using var db = Db();
        var tasks = await db.Tasks.Where(t => t.PlanId == result.PlanId).Include(t => t.LibraryItem).OrderBy(t => t.LibraryCode).ToListAsync();
        Assert.Equal(3, result.Created);
        Assert.Equal(
            [("T04", World.EsnaCouncil.Id, (int?)World.Esna.Id, NextStart.AddDays(-45)), ("T38", World.LuxorWater.Id, null, NextStart.AddDays(-45)), ("T46", World.LuxorHealth.Id, null, NextStart.AddDays(-14))],
            tasks.Select(t => (t.LibraryCode!, t.OrganisationId, t.LocalUnitId, t.DueOn)));
        Assert.Equal([7m, 90m, 2m], tasks.Select(t => t.Target!.Value));
        Assert.All(tasks, t => Assert.Equal(1, t.LibraryItem!.Revision));
        Assert.All(tasks, t => Assert.Equal(World.Luxor.Id, t.GovernorateId));
        Assert.Equal(3, await db.TaskHistory.CountAsync(h => tasks.Select(t => t.Id).Contains(h.TaskId) && h.Kind == HistoryKind.Created));
        Assert.Single(await db.AuditEvents.Where(a => a.Action == "season.opened").ToListAsync());
        var plan = await db.Plans.SingleAsync(p => p.Id == result.PlanId);
        Assert.Equal((NextStart, new DateOnly(2028, 3, 31), false), (plan.StartsOn, plan.EndsOn!.Value, plan.IsClosed));
    }

    [Fact]
    public async Task Opening_the_same_season_again_creates_nothing()
    {
        var first = await OpenAsync();
        var again = await OpenAsync();
        var both = await Task.WhenAll(OpenAsync(), OpenAsync());

        Assert.Equal((first.PlanId, 0, true), (again.PlanId, again.Created, again.AlreadyOpen));
        Assert.All(both, r => Assert.Equal(first.PlanId, r.PlanId));
        await using var db = Db();
        Assert.Equal(3, await db.Tasks.CountAsync(t => t.PlanId == first.PlanId));
        Assert.Equal(2, await db.Plans.CountAsync(p => p.GovernorateId == World.Luxor.Id));
    }

    [Fact]
    public async Task Bad_input_is_refused_with_a_message_and_nothing_is_made()
    {
        var draft = NextWinter();
        draft.EndsOn = draft.StartsOn!.Value.AddDays(-1);

        var dates = await Get<Preparedness.Web.Features.Seasons.SeasonOpening>().OpenFromLibraryAsync(World.LuxorSecretariat, World.Luxor.Id, draft, Choices);
        var unknown = await Get<Preparedness.Web.Features.Seasons.SeasonOpening>().OpenFromLibraryAsync(World.LuxorSecretariat, World.Luxor.Id, NextWinter(), [new("NOPE")]);

        Assert.Contains("Season.DatesInvalid", dates.Errors);
        Assert.Contains("Validation.LibraryChoiceRequired", unknown.Errors);
        await using var db = Db();
        Assert.Equal(1, await db.Plans.CountAsync(p => p.GovernorateId == World.Luxor.Id));
    }
}
