namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>
/// The 66 researched winter-readiness tasks, parsed once from the embedded tasks.json so that the app
/// never reads the shared research folder at run time. A singleton: the data never changes while running.
/// </summary>
internal sealed class TaskLibrary
{
    private readonly Dictionary<string, LibraryTask> byCode;

    public TaskLibrary()
        : this(TaskLibraryJson.ReadEmbedded())
    {
    }

    // Internal so that the container only ever sees the parameterless constructor.
    internal TaskLibrary(IReadOnlyList<LibraryTask> tasks)
    {
        All = tasks;
        byCode = tasks.ToDictionary(t => t.Code, StringComparer.OrdinalIgnoreCase);
    }

    public IReadOnlyList<LibraryTask> All { get; }

    public LibraryTask? Find(string code) => byCode.GetValueOrDefault(code);

    public IEnumerable<LibraryTask> For(string governorateCode) => All.Where(t => t.AppliesToGovernorate(governorateCode));
}
