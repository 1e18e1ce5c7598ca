using System.Text.Json;

namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>The shape of tasks.json, and its translation into <see cref="LibraryTask"/>s.</summary>
internal static class TaskLibraryJson
{
    private const string ResourceSuffix = ".Features.Tasks.Library.tasks.json";

    // Respecting required and non-nullable members makes a broken data file fail at start-up, loudly,
    // instead of seeding tasks with empty titles.
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static IReadOnlyList<LibraryTask> ReadEmbedded()
    {
        var assembly = typeof(TaskLibraryJson).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(ResourceSuffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return Parse(stream);
    }

    public static IReadOnlyList<LibraryTask> Parse(Stream json)
    {
        var file = JsonSerializer.Deserialize<TaskFile>(json, Options)
            ?? throw new InvalidDataException("tasks.json holds no task list.");
        return [.. file.Tasks.Select(ToLibraryTask)];
    }

    private static LibraryTask ToLibraryTask(TaskEntry entry)
    {
        var metric = entry.CompletionMetric;
        var measure = LibraryMeasure.From(metric.Type, metric.ExampleTarget, metric.Unit);
        var category = LibraryClassification.Category(entry.Category);
        return new LibraryTask(
            entry.Id,
            entry.NameAr,
            entry.NameEn,
            metric.DescriptionAr,
            metric.DescriptionEn,
            category,
            entry.OwnerKind,
            entry.TypicalOwner,
            entry.AppliesTo,
            entry.LeadTimeDays ?? 0,
            entry.Phase,
            measure.Kind,
            measure.Target,
            measure.UnitAr,
            measure.UnitEn,
            LibraryClassification.Priority(entry.Category, entry.Basis));
    }

    private sealed record TaskFile(IReadOnlyList<TaskEntry> Tasks);

    private sealed record TaskEntry(
        string Id,
        string NameAr,
        string NameEn,
        string Category,
        string OwnerKind,
        string TypicalOwner,
        IReadOnlyList<string> AppliesTo,
        string Phase,
        int? LeadTimeDays,
        CompletionMetric CompletionMetric,
        string Basis);

    private sealed record CompletionMetric(
        string Type,
        string DescriptionAr,
        string DescriptionEn,
        string Unit,
        JsonElement ExampleTarget);
}
