using System.Globalization;

namespace Preparedness.Testing.Postgres;

/// <summary>The newest PostgreSQL server binaries the distribution installed, run as whoever may run them.</summary>
internal sealed record ServerBinaries(string Directory, bool AsPostgresUser)
{
    private const string Root = "/usr/lib/postgresql";

    /// <summary>The major version, from the directory the distribution put it in.</summary>
    public string Version => Path.GetFileName(Path.GetDirectoryName(Directory))!;

    public static ServerBinaries Find(string? externalVariable)
    {
        var best = System.IO.Directory.Exists(Root)
            ? System.IO.Directory.GetDirectories(Root)
                .Select(dir => (Bin: Path.Combine(dir, "bin"), Major: ParseMajor(Path.GetFileName(dir))))
                .Where(c => c.Major is not null && File.Exists(Path.Combine(c.Bin, "initdb")) && File.Exists(Path.Combine(c.Bin, "pg_ctl")))
                .OrderByDescending(c => c.Major)
                .Select(c => c.Bin)
                .FirstOrDefault()
            : null;

        // initdb and postgres refuse to run as root; as root everything server-side runs as postgres.
        return best is null
            ? throw new InvalidOperationException(
                $"PostgreSQL server binaries not found under {Root}/*/bin; install them with: sudo apt-get install -y postgresql"
                + (externalVariable is null ? "." : $" (or set {externalVariable} to the connection string of an existing server)."))
            : new ServerBinaries(best, Environment.IsPrivilegedProcess);

        static int? ParseMajor(string name) =>
            int.TryParse(name.Split('.')[0], NumberStyles.None, CultureInfo.InvariantCulture, out var major) ? major : null;
    }

    /// <summary>True when the distribution ships <paramref name="library"/> with this server.</summary>
    public bool Ships(string library) =>
        File.Exists(Path.Combine(Path.GetDirectoryName(Directory)!, "lib", library + ".so"));

    public void Run(string tool, IReadOnlyList<string> arguments, string workingDirectory) =>
        Command.Run(Path.Combine(Directory, tool), arguments, workingDirectory, AsPostgresUser);
}
