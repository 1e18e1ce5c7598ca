namespace Preparedness.LoadTests.Infrastructure;

/// <summary>Where the web project and its Release build are, found from this tool's own location.</summary>
internal sealed record RepositoryPaths(string Root)
{
    public string WebProject => Path.Combine(Root, "src", "Preparedness.Web");

    public string WebDll => Path.Combine(WebProject, "bin", "Release", "net10.0", "Preparedness.Web.dll");

    public static RepositoryPaths Locate(string? given)
    {
        if (given is not null)
        {
            return Check(Path.GetFullPath(given));
        }

        // bin/Release/net10.0 of this project sits four levels under the repository root; walk up
        // rather than count, so `dotnet run` from anywhere works.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Preparedness.sln")))
            {
                return Check(dir.FullName);
            }
        }

        throw new InvalidOperationException("Could not find Preparedness.sln above this tool; pass --repo DIR.");
    }

    private static RepositoryPaths Check(string root)
    {
        var paths = new RepositoryPaths(root);
        return File.Exists(paths.WebDll)
            ? paths
            : throw new InvalidOperationException($"{paths.WebDll} is missing: build first with `dotnet build -c Release` (deploy/load.sh does).");
    }
}
