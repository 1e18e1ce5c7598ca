using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Npgsql;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>
/// No container engine runs here, so the image is proven by running what it holds the way it runs it:
/// the published folder, the Dockerfile's entry point, working directory and environment, in
/// Production, with the settings an operator must give — then its commands and its readiness.
/// </summary>
public sealed class PublishedOutputTests(PublishedApp published) : IClassFixture<PublishedApp>, IDisposable
{
    private readonly string secrets = Directory.CreateTempSubdirectory("preparedness-secrets-").FullName;

    // Generous: a start-up is seconds on a quiet machine, but the suite must pass on a busy one too.
    private static readonly TimeSpan CommandLimit = TimeSpan.FromMinutes(5);

    [Fact]
    public async Task The_published_app_runs_migrate_then_serves_ready_with_its_job_server_and_encrypted_keys()
    {
        var image = ImageDefinition.Read();
        var connectionString = await TestPostgres.Instance.CreateUniqueDatabaseAsync("published");
        var port = FreePort();
        var settings = new Dictionary<string, string>
        {
            ["ConnectionStrings__Preparedness"] = connectionString,
            ["Preparedness__PublicBaseUrl"] = "https://preparedness.example.gov.eg/",
            ["Preparedness__DataProtection__CertificatePath"] = TestCertificates.WritePfx(secrets),
            ["Preparedness__DataProtection__CertificatePassword"] = TestCertificates.Password,
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Logging__Console__FormatterName"] = "json",
        };

        using (var migrate = ImageProcess.Start(image, published.Folder, settings, "migrate"))
        {
            Assert.True(await migrate.WaitAsync(CommandLimit) == 0, migrate.Transcript);
        }

        using (var admin = ImageProcess.Start(image, published.Folder, settings, "create-admin", "admin@example.gov.eg", "Operations Admin", "https://preparedness.example.gov.eg/"))
        {
            Assert.True(await admin.WaitAsync(CommandLimit) == 0, admin.Transcript);
            Assert.Contains(admin.Output, l => l.StartsWith("https://preparedness.example.gov.eg/account/set-password", StringComparison.Ordinal));
        }

        using var app = ImageProcess.Start(image, published.Folder, settings);
        try
        {
            using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
            var ready = await WaitForReadyAsync(client, app);

            Assert.Equal(["database", "job-server", "live-listener"], ready.GetProperty("checks").EnumerateObject().Select(c => c.Name).Order());
            Assert.Matches(@"^\d+\.\d+\.\d+", ready.GetProperty("version").GetString());
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("health/live")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("_content/MudBlazor/MudBlazor.min.css")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("js/board.js")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("account/login")).StatusCode);

            var keys = await KeysAsync(connectionString);
            Assert.NotEmpty(keys);
            Assert.All(keys, xml => Assert.Contains("EncryptedXmlDecryptor", xml, StringComparison.Ordinal));
            Assert.DoesNotContain(app.Output, l => l.Contains("No XML encryptor configured", StringComparison.Ordinal));
            Assert.StartsWith("{", app.Output.First(l => l.Length > 0), StringComparison.Ordinal);
        }
        finally
        {
            await app.StopAsync();
        }
    }

    internal static async Task<JsonElement> WaitForReadyAsync(HttpClient client, ImageProcess app)
    {
        var waited = Stopwatch.StartNew();
        var last = "";
        while (waited.Elapsed < CommandLimit && !app.HasExited)
        {
            try
            {
                using var response = await client.GetAsync("health/ready?details");
                last = await response.Content.ReadAsStringAsync();
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return JsonDocument.Parse(last).RootElement;
                }
            }
            catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException)
            {
                last = ex.Message;
            }

            await Task.Delay(250);
        }

        Assert.Fail($"Not ready (exited: {app.HasExited}); last answer: {last}{Environment.NewLine}{app.Transcript}");
        return default;
    }

    private static async Task<List<string>> KeysAsync(string connectionString)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        List<string> keys = [];
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return keys;
    }

    internal static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose() => Directory.Delete(secrets, recursive: true);
}
