using BenchmarkDotNet.Running;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Benchmarks;
using Preparedness.Benchmarks.Database;
using Preparedness.Benchmarks.Generation;
using Preparedness.Benchmarks.Measuring;

// Server-side time of one governorate's dashboard figures and one task-list page at national scale
// (27 governorates × 4,000 tasks), measured through the app's own services; see deploy/bench.sh.
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

var operations = await Operations.CreateAsync(services);
await SanityCheck.RunAsync(operations);
Operations.Current = operations;
Console.WriteLine($"before measuring: {MachineLoad.Describe()}");
var summary = BenchmarkRunner.Run<ReadinessBenchmarks>(BenchConfig.Create(settings));
Console.WriteLine($"after measuring: {MachineLoad.Describe()}");
var passed = LatencyTable.Print(summary);
Console.WriteLine($"every call's time: {summary.ResultsDirectoryPath}");

var recorder = new CommandRecorder();
await using (var recording = AppServices.Build(database.ConnectionString, recorder))
{
    var replay = await Operations.CreateAsync(recording);
    await QueryPlans.PrintAsync(database.ConnectionString, replay, recorder, replay.Targets[replay.Targets.Count / 2]);
}

Console.WriteLine();
Console.WriteLine(passed ? "RESULT: PASS (every p95 within budget)" : "RESULT: FAIL (a p95 over budget, or an operation did not run)");
return passed ? 0 : 1;
