using System.Net;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>
/// `ASPNETCORE_ENVIRONMENT=Production bash deploy/run.sh` runs the build output, not a published folder: the
/// framework's and MudBlazor's files must still be served, or no page ever becomes interactive.
/// </summary>
public sealed class BuildOutputProductionTests : IDisposable
{
    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(5);
    private readonly string secrets = Directory.CreateTempSubdirectory("preparedness-secrets-").FullName;

    [Fact]
    public async Task The_build_output_started_in_Production_serves_the_framework_and_MudBlazor_files()
    {
        var project = RepositoryFiles.Path("src", "Preparedness.Web");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        // As `dotnet run` starts it: the build output's dll, from the project folder (its content root).
        var run = new ImageDefinition(["dotnet", Path.Combine(project, "bin", configuration, "net10.0", "Preparedness.Web.dll")], project, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Production" });
        var port = PublishedOutputTests.FreePort();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Preparedness"] = await TestPostgres.Instance.CreateUniqueDatabaseAsync("buildoutput"),
            ["Preparedness__PublicBaseUrl"] = "https://preparedness.example.gov.eg/",
            ["Preparedness__DataProtection__CertificatePath"] = TestCertificates.WritePfx(secrets),
            ["Preparedness__DataProtection__CertificatePassword"] = TestCertificates.Password,
            ["Preparedness__Jobs__Enabled"] = "false",
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
        using (var migrate = ImageProcess.Start(run, project, settings, "migrate"))
        {
            Assert.True(await migrate.WaitAsync(CommandLimit) == 0, migrate.Transcript);
        }

        using var app = ImageProcess.Start(run, project, settings);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            await PublishedOutputTests.WaitForReadyAsync(client, app);

            foreach (var file in new[] { "_framework/blazor.web.js", "_content/MudBlazor/MudBlazor.min.css", "_content/MudBlazor/MudBlazor.min.js" })
            {
                using var response = await client.GetAsync(file);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{file}: {(int)response.StatusCode}{Environment.NewLine}{app.Transcript}");
            }
        }
        finally
        {
            await app.StopAsync();
        }
    }

    public void Dispose() => Directory.Delete(secrets, recursive: true);
}
