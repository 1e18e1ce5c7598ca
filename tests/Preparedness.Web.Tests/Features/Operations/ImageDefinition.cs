using System.Text.Json;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>What deploy/Dockerfile's runtime stage says about running the app: its entry point, working directory and environment.</summary>
internal sealed record ImageDefinition(IReadOnlyList<string> EntryPoint, string WorkingDirectory, IReadOnlyDictionary<string, string> Environment)
{
    public static ImageDefinition Read()
    {
        var lines = File.ReadAllLines(RepositoryFiles.Path("deploy", "Dockerfile"));
        var runtime = lines[Array.FindLastIndex(lines, l => l.StartsWith("FROM ", StringComparison.Ordinal))..];
        var environment = runtime
            .Where(l => l.StartsWith("ENV ", StringComparison.Ordinal))
            .Select(l => l[4..].Split('=', 2))
            .ToDictionary(pair => pair[0], pair => pair[1]);
        var entryPoint = JsonSerializer.Deserialize<string[]>(runtime.Single(l => l.StartsWith("ENTRYPOINT ", StringComparison.Ordinal))["ENTRYPOINT ".Length..])!;
        var workingDirectory = runtime.Last(l => l.StartsWith("WORKDIR ", StringComparison.Ordinal))["WORKDIR ".Length..];
        return new ImageDefinition(entryPoint, workingDirectory, environment);
    }
}
