using System.Globalization;
using Microsoft.Playwright;
using Npgsql;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations.Faults;

/// <summary>
/// One of two instances killed with SIGKILL behind nginx (deploy/nginx.conf, sticky sessions), as deploy/compose.yaml
/// runs them: the owner's page, whose circuit lived on the dead instance, reloads onto the other one, still signed in
/// (keys shared through the database), with the half-typed progress note restored, and the save works there.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class InstanceKillTests(BrowserFixture browser) : IAsyncLifetime
{
    private const string Note = "قبل سقوط الخادم: فحص مضخات إسنا";
    private readonly List<ImageProcess> instances = [];
    private LoopbackNginx? nginx;
    private string connectionString = "";

    public async Task InitializeAsync()
    {
        connectionString = await TestPostgres.Instance.CreateUniqueDatabaseAsync("instancekill");
        var (web1, web2) = (PublishedOutputTests.FreePort(), PublishedOutputTests.FreePort());
        await StartAsync(web1, migrateAndSeed: true);
        await StartAsync(web2, migrateAndSeed: false);
        nginx = await LoopbackNginx.StartAsync(web1, web2);
    }

    public async Task DisposeAsync()
    {
        nginx?.Dispose();
        foreach (var instance in instances)
        {
            await instance.StopAsync();
            instance.Dispose();
        }
    }

    [Fact]
    public async Task A_killed_instances_owner_reloads_onto_the_other_signed_in_with_the_unsaved_note_and_saves_there()
    {
        var taskId = await OpenWaterTaskAsync();
        var context = await browser.Browser.NewContextAsync(new() { BaseURL = $"http://127.0.0.1:{nginx!.Port}/", ViewportSize = new() { Width = 390, Height = 844 } });
        context.SetDefaultTimeout(15_000);
        var page = await context.NewPageAsync();
        await page.SignInAsync("water.luxor@preparedness.demo", $"/tasks/{taskId}");
        var served = await page.ReloadAsync();
        await page.WaitForInteractiveAsync();
        var victimPort = LoopbackNginx.PortOf(await served!.HeaderValueAsync("x-upstream"));
        var victim = instances.Single(i => i.Port == victimPort);
        await page.FillAsync("[data-testid=progress-note]", Note);
        await page.WaitForFunctionAsync(
            "note => Object.keys(sessionStorage).some(k => k.startsWith('preparedness.draft.') && JSON.parse(sessionStorage.getItem(k)).Note === note)", Note);
        var reloaded = page.WaitForResponseAsync(r => r.Url.EndsWith($"/tasks/{taskId}", StringComparison.Ordinal) && r.Request.IsNavigationRequest, new() { Timeout = 60_000 });

        victim.Kill();

        // The circuit's reconnection reaches the other instance, which does not know it: the page reloads there.
        var answer = await reloaded;
        Assert.Equal(200, answer.Status);
        Assert.NotEqual(victim.Port, LoopbackNginx.PortOf(await answer.HeaderValueAsync("x-upstream")));
        await page.WaitForInteractiveAsync();
        await Assertions.Expect(page.Locator("[data-testid=progress-restored]")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("[data-testid=progress-note]")).ToHaveValueAsync(Note);
        await page.ClickAsync("[data-testid=progress-save]");
        await Assertions.Expect(page.Locator("[data-testid=history-entry]").First).ToContainTextAsync(Note);
    }

    private async Task StartAsync(int port, bool migrateAndSeed)
    {
        var project = RepositoryFiles.Path("src", "Preparedness.Web");
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Debug{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Debug" : "Release";
        var run = new ImageDefinition(["dotnet", Path.Combine(project, "bin", configuration, "net10.0", "Preparedness.Web.dll")], project, new Dictionary<string, string> { ["ASPNETCORE_ENVIRONMENT"] = "Development" });
        var instance = ImageProcess.Start(run, project, new Dictionary<string, string>
        {
            ["ConnectionStrings__Preparedness"] = connectionString,
            ["Preparedness__Jobs__Enabled"] = "false",
            ["Preparedness__MigrateOnStartup"] = migrateAndSeed ? "true" : "false",
            ["Preparedness__SeedDemoData"] = migrateAndSeed ? "true" : "false",
            ["Preparedness__TrustedProxies"] = "127.0.0.1",
            ["ASPNETCORE_HTTP_PORTS"] = port.ToString(CultureInfo.InvariantCulture),
        });
        instance.Port = port;
        instances.Add(instance);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/"), Timeout = TimeSpan.FromSeconds(30) };
        await PublishedOutputTests.WaitForReadyAsync(client, instance);
    }

    private async Task<int> OpenWaterTaskAsync()
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(
            """
            select t.id from readiness_tasks t join organisations o on o.id = t.organisation_id
            where o.code = 'water-luxor' and t.status in ('NotStarted', 'InProgress') order by t.id limit 1
            """, connection);
        return (int)(await command.ExecuteScalarAsync())!;
    }
}
