using BenchmarkDotNet.Running;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Benchmarks;
using Preparedness.Benchmarks.Database;
using Preparedness.Benchmarks.Exports;
using Preparedness.Benchmarks.Imports;
using Preparedness.Benchmarks.Generation;
using Preparedness.Benchmarks.Health;
using Preparedness.Benchmarks.Measuring;
using Preparedness.Benchmarks.Reminders;
using Preparedness.Benchmarks.Reports;
using Preparedness.Benchmarks.Resources;
using Preparedness.Benchmarks.Seasons;
using Preparedness.Benchmarks.Trends;

// Server-side time of one governorate's dashboard figures and one task-list page at national scale
// (27 governorates × 4,000 tasks), measured through the app's own services; then the daily reminder
// sweep over the same data, the load an idle job server puts on PostgreSQL, and one governorate's task export; see deploy/bench.sh.
var settings = BenchSettings.Parse(args);
if (settings is null)
{
    Console.Error.WriteLine(BenchSettings.Usage);
    return 2;
}

await using var database = await BenchDatabase.OpenAsync();
Console.WriteLine($"database: {database.Description}");
await using var services = AppServices.Build(database.ConnectionString);
Console.WriteLine($"data: {await DataSetLoader.EnsureLoadedAsync(services, database.ConnectionString)}");
Console.WriteLine($"server: {await ServerFacts.DescribeAsync(database.ConnectionString)}");

var passed = true;
if (settings.Readiness)
{
    var operations = await Operations.CreateAsync(services);
    await SanityCheck.RunAsync(operations);
    Operations.Current = operations;
    Console.WriteLine($"before measuring: {MachineLoad.Describe()}");
    var summary = BenchmarkRunner.Run<ReadinessBenchmarks>(BenchConfig.Create(settings));
    Console.WriteLine($"after measuring: {MachineLoad.Describe()}");
    passed = LatencyTable.Print(summary);
    Console.WriteLine($"every call's time: {summary.ResultsDirectoryPath}");

    var recorder = new CommandRecorder();
    await using var recording = AppServices.Build(database.ConnectionString, recorder);
    var replay = await Operations.CreateAsync(recording);
    await QueryPlans.PrintAsync(database.ConnectionString, replay, recorder, replay.Targets[replay.Targets.Count / 2]);
}

if (settings.Reminders)
{
    Console.WriteLine($"before the reminder measurements: {MachineLoad.Describe()}");
    passed &= await ReminderSweepBench.RunAsync(database.ConnectionString, settings.SweepRounds);
    passed &= await IdleJobServerBench.RunAsync(database.ConnectionString, TimeSpan.FromSeconds(settings.IdleSeconds));
}

if (settings.Exports)
{
    Console.WriteLine($"before the export measurements: {MachineLoad.Describe()}");
    passed &= await TaskExportBench.RunAsync(database.ConnectionString, settings.ExportRounds);
}

// Before the seasons and imports, which add tasks: the report of one governorate as its 4,000 tasks stand.
if (settings.Report)
{
    Console.WriteLine($"before the report measurements: {MachineLoad.Describe()}");
    passed &= await ReportBench.RunAsync(database.ConnectionString, settings.ReportRounds);
}

// The daily snapshot job, then the dashboard with its trend read from the snapshots it wrote.
if (settings.Trends)
{
    Console.WriteLine($"before the trend measurements: {MachineLoad.Describe()}");
    passed &= await SnapshotBench.RunAsync(database.ConnectionString, settings.TrendRounds);
    passed &= await DashboardWithTrendBench.RunAsync(database.ConnectionString, settings.Warmup, settings.Iterations);
}

// The dashboard's figures with its health panel: adds 50 blood stocks to each governorate (once) before measuring.
if (settings.Health)
{
    Console.WriteLine($"before the health measurements: {MachineLoad.Describe()}");
    passed &= await HealthDashboardBench.RunAsync(database.ConnectionString, settings.Warmup, settings.Iterations);
}

// The dashboard's figures with its resources panel; adds 500 resource entries per governorate once (no tasks).
if (settings.Resources)
{
    Console.WriteLine($"before the resource measurements: {MachineLoad.Describe()}");
    passed &= await ResourceDashboardBench.RunAsync(database.ConnectionString, settings.Warmup, settings.Iterations);
}

// Opening seasons adds 4,000 tasks per round (future seasons, so no current plan changes).
if (settings.Seasons)
{
    Console.WriteLine($"before the season measurements: {MachineLoad.Describe()}");
    passed &= await SeasonOpeningBench.RunAsync(database.ConnectionString, settings.SeasonRounds);
}

// Last: it adds tasks to the benchmark database.
if (settings.Imports)
{
    Console.WriteLine($"before the import measurements: {MachineLoad.Describe()}");
    passed &= await TaskImportBench.RunAsync(database.ConnectionString, settings.ImportRounds);
}

Console.WriteLine();
Console.WriteLine(passed
    ? "RESULT: PASS (every p95, the reminder sweep, the idle job server, the task export, opening a season, the task import, the readiness report, the snapshot job and the dashboard with its trend within budget)"
    : "RESULT: FAIL (a budget missed, or an operation did not run)");
return passed ? 0 : 1;
