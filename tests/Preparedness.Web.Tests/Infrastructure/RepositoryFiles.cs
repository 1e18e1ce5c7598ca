namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>Files of the repository (deploy scripts, manifests), found from the test assembly's folder upwards.</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(directory.FullName, "Preparedness.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException("The repository root (Preparedness.sln) is not above " + AppContext.BaseDirectory);
    }
}
