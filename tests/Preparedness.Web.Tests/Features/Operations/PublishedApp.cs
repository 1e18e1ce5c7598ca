using System.Diagnostics;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>
/// The app as <c>dotnet publish</c> lays it out for the image (deploy/Dockerfile copies exactly this
/// folder to /app). Published once for the test class from the build the test run has just made
/// (<c>--no-build</c>, a few seconds), not rebuilt.
/// </summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public string Folder { get; } = Directory.CreateTempSubdirectory("preparedness-publish-").FullName;

    public async Task InitializeAsync()
    {
        // The test binaries live in bin/<Configuration>/<framework>/: the app was built in the same configuration.
        var configuration = new DirectoryInfo(Path.TrimEndingDirectorySeparator(AppContext.BaseDirectory)).Parent!.Name;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            ArgumentList =
            {
                "publish", RepositoryFiles.Path("src", "Preparedness.Web", "Preparedness.Web.csproj"),
                "-c", configuration, "--no-build", "--nologo", "-v", "q", "-nodeReuse:false", "-o", Folder,
            },
        };
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"dotnet publish failed ({process.ExitCode}): {await output}{await errors}");
        }
    }

    public Task DisposeAsync()
    {
        Directory.Delete(Folder, recursive: true);
        return Task.CompletedTask;
    }
}
