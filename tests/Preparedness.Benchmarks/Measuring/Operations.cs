using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.National;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Benchmarks.Measuring;

/// <summary>A governorate to measure, with the organisation the filtered list asks for there.</summary>
internal sealed record Target(int GovernorateId, int OrganisationId);

/// <summary>
/// The measured calls, through the app's real services as the pages make them. Each operation walks
/// through all 27 governorates in turn, so that no call finds the previous one's rows in every cache.
/// </summary>
internal sealed class Operations(DashboardService dashboard, TaskQueries tasks, NationalService national, NationalRawScan rawScan, IReadOnlyList<Target> targets)
{
    /// <summary>A common word of the library titles ("gullies"), as a secretariat would type it.</summary>
    public const string SearchTerm = "الشنايش";

    /// <summary>
    /// A place as a secretary general types it ("city", ة as ه): it names most units and councils of
    /// every governorate, so most tasks match through their unit's or organisation's name.
    /// </summary>
    public const string PlaceTerm = "مدينه";

    /// <summary>A title word and a place word: each must match, one through the title, one through a name.</summary>
    public const string TitleAndPlaceTerm = SearchTerm + " " + PlaceTerm;

    public static readonly Actor Administrator = new("bench", "Bench", Roles.Administrator, null, null);

    public static readonly TaskPageRequest FirstPage = new(Page: 0, PageSize: 25, Sort: TaskSort.DueOn);

    private readonly int[] turns = new int[Enum.GetValues<Operation>().Length];

    /// <summary>Handed to the benchmark class, which BenchmarkDotNet constructs itself (in this process).</summary>
    public static Operations? Current { get; set; }

    public IReadOnlyList<Target> Targets => targets;

    public static async Task<Operations> CreateAsync(IServiceProvider services)
    {
        // The busiest organisation of each governorate: its overdue list is the longest one to filter.
        await using var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var busiest = await db.Tasks
            .GroupBy(t => new { t.GovernorateId, t.OrganisationId })
            .Select(g => new { g.Key.GovernorateId, g.Key.OrganisationId, Count = g.Count() })
            .ToListAsync();
        var targets = busiest
            .GroupBy(b => b.GovernorateId)
            .OrderBy(g => g.Key)
            .Select(g => new Target(g.Key, g.OrderByDescending(b => b.Count).ThenBy(b => b.OrganisationId).First().OrganisationId))
            .ToList();
        var rawScan = new NationalRawScan(db.Database.GetConnectionString()!, services.GetRequiredService<TimeProvider>());
        return new Operations(
            services.GetRequiredService<DashboardService>(), services.GetRequiredService<TaskQueries>(), services.GetRequiredService<NationalService>(), rawScan, targets);
    }

    public static TaskFilter Filter(Operation operation, Target target) => operation switch
    {
        Operation.OrganisationOverdue => new TaskFilter { OrganisationId = target.OrganisationId, Overdue = true },
        Operation.Search => new TaskFilter { Text = SearchTerm },
        Operation.SearchPlace => new TaskFilter { Text = PlaceTerm },
        Operation.SearchTitleAndPlace => new TaskFilter { Text = TitleAndPlaceTerm },
        _ => new TaskFilter(),
    };

    public Task<DashboardFigures> DashboardAsync() => DashboardAsync(Next(Operation.Dashboard));

    public Task<TaskPage> ListAsync(Operation operation) => ListAsync(operation, Next(operation));

    public Task<DashboardFigures> DashboardAsync(Target target) => dashboard.GetAsync(Administrator, target.GovernorateId);

    public Task<TaskPage> ListAsync(Operation operation, Target target) =>
        tasks.ListAsync(Administrator, target.GovernorateId, Filter(operation, target), FirstPage);

    public Task<NationalFigures> NationalAsync() => national.GetAsync(Administrator);

    public Task<int> NationalRawScanAsync() => rawScan.RunAsync();

    public Task<TaskDetails?> DetailsAsync(int taskId) => tasks.GetAsync(Administrator, taskId);

    private Target Next(Operation operation) => targets[turns[(int)operation]++ % targets.Count];
}
