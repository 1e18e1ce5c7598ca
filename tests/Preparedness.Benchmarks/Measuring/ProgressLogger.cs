using BenchmarkDotNet.Loggers;

namespace Preparedness.Benchmarks.Measuring;

/// <summary>
/// Passes on BenchmarkDotNet's errors and the line naming each benchmark as it starts; the
/// per-call lines (thousands) go only to its log file under BenchmarkDotNet.Artifacts.
/// </summary>
internal sealed class ProgressLogger(ILogger console) : ILogger
{
    public string Id => nameof(ProgressLogger);

    public int Priority => 0;

    public void Write(LogKind logKind, string text)
    {
        if (Shows(logKind, text))
        {
            console.Write(logKind, text);
        }
    }

    public void WriteLine()
    {
    }

    public void WriteLine(LogKind logKind, string text)
    {
        if (Shows(logKind, text))
        {
            console.WriteLine(logKind, text);
        }
    }

    public void Flush() => console.Flush();

    private static bool Shows(LogKind kind, string text) =>
        kind == LogKind.Error || text.StartsWith("// Benchmark: ", StringComparison.Ordinal);
}
