using BenchmarkDotNet.Attributes;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.National;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Benchmarks.Measuring;

/// <summary>
/// The benchmark class BenchmarkDotNet runs in this process (InProcessEmitToolchain), so that it can
/// use the data set and services set up before the run. Public and unsealed because BenchmarkDotNet requires it.
/// </summary>
public class ReadinessBenchmarks
{
    private static Operations Ops => Operations.Current
        ?? throw new InvalidOperationException("Operations.Current is set by Program before the run.");

    [Benchmark]
    public Task<DashboardFigures> Dashboard() => Ops.DashboardAsync();

    [Benchmark]
    public Task<TaskPage> ListAll() => Ops.ListAsync(Operation.ListAll);

    [Benchmark]
    public Task<TaskPage> OrganisationOverdue() => Ops.ListAsync(Operation.OrganisationOverdue);

    [Benchmark]
    public Task<TaskPage> Search() => Ops.ListAsync(Operation.Search);

    [Benchmark]
    public Task<TaskPage> SearchPlace() => Ops.ListAsync(Operation.SearchPlace);

    [Benchmark]
    public Task<TaskPage> SearchTitleAndPlace() => Ops.ListAsync(Operation.SearchTitleAndPlace);

    [Benchmark]
    public Task<NationalFigures> National() => Ops.NationalAsync();

    [Benchmark]
    public Task<int> NationalRawScan() => Ops.NationalRawScanAsync();
}
