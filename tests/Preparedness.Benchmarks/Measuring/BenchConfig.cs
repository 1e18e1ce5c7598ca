using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Engines;
using BenchmarkDotNet.Exporters;
using BenchmarkDotNet.Exporters.Csv;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Perfolizer.Mathematics.OutlierDetection;

namespace Preparedness.Benchmarks.Measuring;

internal static class BenchConfig
{
    /// <summary>
    /// One call per iteration (Monitoring), so that percentiles are those of single calls rather than
    /// of averaged batches; slow calls are the point, so no outlier is removed; no forced GC between
    /// calls, as a server gets none either. In process: the data set and services already exist here.
    /// </summary>
    public static IConfig Create(BenchSettings settings) =>
        ManualConfig.CreateEmpty()
            .AddJob(Job.Default
                .WithToolchain(InProcessEmitToolchain.Instance)
                .WithStrategy(RunStrategy.Monitoring)
                .WithLaunchCount(1)
                .WithWarmupCount(settings.Warmup)
                .WithIterationCount(settings.Iterations)
                .WithInvocationCount(1)
                .WithUnrollFactor(1)
                .WithOutlierMode(OutlierMode.DontRemove)
                .WithGcForce(false)
                .WithId("InProcess"))
            .AddColumnProvider(DefaultColumnProviders.Descriptor)
            .AddColumn(StatisticColumn.Iterations, StatisticColumn.Mean, StatisticColumn.Median, StatisticColumn.P95, StatisticColumn.Max)
            .AddLogger(new ProgressLogger(ConsoleLogger.Default))
            // Every single call's time, for anyone who wants the distribution rather than its percentiles.
            .AddExporter(CsvMeasurementsExporter.Default, MarkdownExporter.GitHub)
            .WithOption(ConfigOptions.JoinSummary, false);
}
