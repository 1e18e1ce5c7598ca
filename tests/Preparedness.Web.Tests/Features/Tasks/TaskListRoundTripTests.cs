using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>A filter, sort or page change of the task list reads its data in one round trip to the database.</summary>
public sealed class TaskListRoundTripTests : DatabaseTest
{
    private readonly CommandCounter commands = new();

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<Preparedness.Web.Data.PreparednessDbContext>((_, options) => options.AddInterceptors(commands));

    public static TheoryData<string> Lists() => ["plain", "filtered", "season", "storm", "sorted page"];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task A_page_of_the_task_list_is_one_round_trip(string list)
    {
        for (var i = 0; i < 30; i++)
        {
            var day = i;
            await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(day); t.StormCode = day % 3 == 0 ? "qasim" : null; });
        }

        var (filter, request) = list switch
        {
            "filtered" => (new TaskFilter { OpenOnly = true, OrganisationId = World.LuxorWater.Id, Overdue = false, AtRisk = true }, new TaskPageRequest()),
            "season" => (new TaskFilter { PlanId = World.LuxorPlan.Id }, new TaskPageRequest()),
            "storm" => (new TaskFilter { StormCode = "qasim" }, new TaskPageRequest()),
            "sorted page" => (new TaskFilter(), new TaskPageRequest(1, 10, TaskSort.Priority, Descending: true)),
            _ => (new TaskFilter(), new TaskPageRequest()),
        };

        commands.Count = 0;
        var page = await Get<TaskQueries>().ListAsync(World.LuxorSecretariat, World.Luxor.Id, filter, request);

        Assert.NotEmpty(page.Rows);
        Assert.Equal(1, commands.Count);
    }

    [Fact]
    public async Task The_total_and_the_storm_windows_ride_along_with_the_rows()
    {
        for (var i = 0; i < 30; i++)
        {
            var day = i;
            await World.AddTaskAsync(t => { t.DueOn = World.Today.AddDays(day); t.StormCode = "qasim"; t.Status = day < 5 ? TaskStatus.Verified : TaskStatus.NotStarted; });
        }

        commands.Count = 0;
        var page = await Get<TaskQueries>().ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter { OpenOnly = true }, new TaskPageRequest(0, 10));

        Assert.Equal(1, commands.Count);
        Assert.Equal(25, page.Total);
        Assert.All(page.Rows, r => Assert.NotNull(r.Storm));
    }

    [Fact]
    public async Task A_search_reads_the_names_first_then_the_list_in_one_more()
    {
        await World.AddTaskAsync(t => t.TitleAr = "تطهير المصارف");

        commands.Count = 0;
        var page = await Get<TaskQueries>().ListAsync(World.LuxorSecretariat, World.Luxor.Id, new TaskFilter { Text = "المصارف" }, new TaskPageRequest());

        Assert.Single(page.Rows);
        Assert.Equal(2, commands.Count);
    }
}
