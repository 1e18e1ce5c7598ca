using System.Globalization;
using Microsoft.Playwright;
using Preparedness.Testing.Postgres;

[assembly: System.Runtime.Versioning.SupportedOSPlatform("linux")]

namespace Preparedness.ClickBench;

/// <summary>
/// Issue 19's table, reproduced: the published app and the stock `dotnet new blazor` template side by side in
/// Production, real clicks in Chromium timed in the page, with 1 and with N circuits open, plus a run under a slow
/// network. Run through deploy/clicks.sh (it publishes both apps first).
/// </summary>
internal static class Program
{
    private static readonly string[] ChromiumArgs =
        ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"];

    public static async Task<int> Main(string[] args)
    {
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException ex)
        {
            Console.Error.WriteLine(ex.Message);
            return 2;
        }

        using var postgres = ThrowawayPostgres.Start(new PostgresOptions { ExternalConnectionVariable = "PREPAREDNESS_CLICKS_CONNECTION", Settings = ["max_connections=200"] });
        var connection = await postgres.CreateUniqueDatabaseAsync("preparedness_clicks");
        Say("starting both apps (Production, published)");
        await using var app = await Server.StartAsync(options.AppDll, new Dictionary<string, string>
        {
            ["ConnectionStrings__Preparedness"] = connection,
            ["Preparedness__MigrateOnStartup"] = "true",
            ["Preparedness__SeedDemoData"] = "true",
            // A throwaway database on loopback: no certificate for the sign-in keys, no public address for emails.
            ["Preparedness__DataProtection__AllowUnprotectedKeys"] = "true",
            ["Preparedness__PublicBaseUrl"] = "http://127.0.0.1/",
        }, "/account/login");
        await using var stock = await Server.StartAsync(options.StockDll, new Dictionary<string, string>(), "/");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = "/usr/bin/chromium", Headless = true, Args = ChromiumArgs });

        var interactions = Interaction.All(await SearchWordAsync(browser, app));
        var rows = new List<Row>();
        foreach (var circuits in options.Circuits)
        {
            foreach (var interaction in interactions)
            {
                rows.Add(await Runner.RunAsync(browser, interaction.Stock ? stock : app, interaction, circuits, slow: false, options));
            }
        }

        if (options.SlowNetwork)
        {
            foreach (var interaction in interactions.Where(i => i.SlowNetwork))
            {
                rows.Add(await Runner.RunAsync(browser, app, interaction, 1, slow: true, options));
            }
        }

        Console.WriteLine(Row.Table(rows, options));
        return 0;
    }

    public static void Say(string text) => Console.Error.WriteLine($"[clicks] {text}");

    // A word of the first task's title: the search finds it, so the list changes between the word and no word.
    private static async Task<string> SearchWordAsync(IBrowser browser, Server app)
    {
        await using var context = await browser.NewContextAsync(new() { BaseURL = app.Address.ToString() });
        var page = await context.NewPageAsync();
        await Runner.SignInAsync(page, Interaction.Governor, "/tasks");
        var title = await page.Locator("[data-testid=task-link]").First.InnerTextAsync();
        return title.Split(' ', StringSplitOptions.RemoveEmptyEntries).MaxBy(w => w.Length)!;
    }
}
