using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>
/// Open task lists re-read through <see cref="CoalescedFeed"/> (as the list page does): a burst of saves costs each
/// open list one re-query, after the window, so the savers' answers are not queued behind 25 lists' re-reads.
/// Counted (re-queries and database commands), not timed: the window passes on the fake clock.
/// </summary>
public sealed class CoalescedListTests : DatabaseTest
{
    private const int OpenLists = 25;
    private const int Saves = 10;
    private readonly CommandCounter commands = new();
    private int requeries;
    private TaskCompletionSource allRequeried = new(TaskCreationOptions.RunContinuationsAsynchronously);

    protected override void ConfigureServices(IServiceCollection services) =>
        services.ConfigureDbContext<Preparedness.Web.Data.PreparednessDbContext>((_, options) => options.AddInterceptors(commands));

    [Fact]
    public async Task Saves_within_a_window_cost_each_open_list_at_most_one_re_query_after_the_window()
    {
        var saved = TaskChange.For(ChangeKind.Progress, await World.AddTaskAsync());
        var window = TimeSpan.FromMilliseconds(Get<IOptions<LiveFiguresOptions>>().Value.CoalesceMilliseconds);
        var scope = LiveScope.Governorate(World.Luxor.Id);
        var lists = Enumerable.Range(0, OpenLists)
            .Select(_ => Get<CoalescedFeed>().Subscribe<TaskChange>(scope, RequeryAsync, () => Task.CompletedTask))
            .ToList();
        commands.Count = 0;

        await SaveAsync(saved, scope);
        Assert.Equal(0, requeries);
        Clock.Advance(window);
        await allRequeried.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(OpenLists, requeries);
        Assert.Equal(OpenLists, commands.Count);

        // The next burst, after the run's window: again one re-query per list, so the first burst ran exactly once.
        Clock.Advance(window);
        allRequeried = new(TaskCreationOptions.RunContinuationsAsynchronously);
        await SaveAsync(saved, scope);
        Clock.Advance(window);
        await allRequeried.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2 * OpenLists, requeries);
        Assert.Equal(2 * OpenLists, commands.Count);
        lists.ForEach(l => l.Dispose());
    }

    // Saves as the listener hands them over after each commit (no listener runs in these tests).
    private async Task SaveAsync(TaskChange saved, string scope)
    {
        for (var i = 0; i < Saves; i++)
        {
            await Get<LiveFeed>().PublishAsync(scope, saved with { Achieved = i });
        }
    }

    private async Task RequeryAsync(TaskChange change)
    {
        await Get<TaskQueries>().ListAsync(World.LuxorSecretariat, World.Luxor.Id, TaskListQuery.Default, new TaskPageRequest());
        if (Interlocked.Increment(ref requeries) % OpenLists == 0)
        {
            allRequeried.TrySetResult();
        }
    }
}
