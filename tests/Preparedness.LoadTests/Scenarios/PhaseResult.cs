using Preparedness.LoadTests.Measuring;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>What one scenario measured (hub clients or Blazor circuits), for the summary table.</summary>
internal sealed record PhaseResult(
    string Name,
    string Unit,
    int Requested,
    int Connected,
    string? ConnectProblem,
    TimeSpan ConnectTime,
    int Changes,
    Latencies Latency,
    long Missing,
    Latencies FirstPerChange,
    Latencies LastPerChange,
    string Clock,
    CpuUse Idle,
    CpuUse Phase,
    long RssBaseKib,
    long RssLoadedKib,
    IReadOnlyList<string> Notes)
{
    /// <summary>Scenario-specific figures shown as their own rows before the notes.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Figures { get; init; } = [];
}
