using Preparedness.Web.Features.Tasks;

namespace Preparedness.Benchmarks.Generation;

/// <summary>A task and its history, ids assigned, ready to be copied.</summary>
internal sealed record GeneratedTask(ReadinessTask Task, IReadOnlyList<TaskHistoryEntry> History);
