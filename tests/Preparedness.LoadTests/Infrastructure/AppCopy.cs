namespace Preparedness.LoadTests.Infrastructure;

internal static class AppCopy
{
    /// <summary>
    /// Copies the app's Release build output into the scratch directory and returns the copy's dll:
    /// other sessions build the same repository, and a rebuild in the middle of a run must not change
    /// (or break) the app under measurement. The content root stays the web project folder.
    /// </summary>
    public static string Make(RepositoryPaths paths, Scratch scratch)
    {
        var source = Path.GetDirectoryName(paths.WebDll)!;
        var target = Path.Combine(scratch.Directory, "app");
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(target, Path.GetRelativePath(source, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }

        return Path.Combine(target, Path.GetFileName(paths.WebDll));
    }
}
