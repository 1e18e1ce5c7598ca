using Microsoft.Playwright;

namespace Preparedness.ClickBench;

/// <summary>One interaction at one number of open circuits: a fresh browser context, a warm-up click, then the runs.</summary>
internal static class Runner
{
    public static async Task<Row> RunAsync(IBrowser browser, Server server, Interaction interaction, int circuits, bool slow, BenchOptions options)
    {
        Program.Say($"{interaction.Name}: {circuits} circuit(s){(slow ? ", slow network" : "")}");
        await using var context = await browser.NewContextAsync(new() { BaseURL = server.Address.ToString() });
        await context.AddInitScriptAsync(Probe.Script);
        var page = await context.NewPageAsync();
        var probe = new Probe(page, slow ? TimeSpan.FromSeconds(2) : TimeSpan.FromMilliseconds(300));
        await OpenAsync(page, interaction);
        await using var others = await OpenOthersAsync(browser, server, interaction, circuits - 1);
        if (slow)
        {
            var cdp = await context.NewCDPSessionAsync(page);
            await cdp.SendAsync("Network.enable");
            await cdp.SendAsync("Network.emulateNetworkConditions", new Dictionary<string, object>
            {
                ["offline"] = false,
                ["latency"] = 150,
                ["downloadThroughput"] = 1_600_000 / 8,
                ["uploadThroughput"] = 750_000 / 8,
            });
        }

        var row = new Row(interaction.Name, circuits, slow);
        var repetition = 0;
        await OnceAsync(page, probe, server, interaction, repetition++, null);
        for (var run = 0; run < options.Runs; run++)
        {
            for (var i = 0; i < options.Repetitions; i++)
            {
                await OnceAsync(page, probe, server, interaction, repetition++, row);
            }
        }

        return row;
    }

    public static async Task SignInAsync(IPage page, string user, string path)
    {
        await page.GotoAsync(path);
        await page.WaitForURLAsync("**/account/login**");
        await page.FillAsync("#username", user);
        await page.FillAsync("#password", "Readiness-2026");
        await page.ClickAsync("[data-testid=sign-in]");
        await page.WaitForURLAsync(url => !url.Contains("/account/login", StringComparison.Ordinal));
        await page.Locator("[data-interactive=true]").WaitForAsync();
    }

    private static async Task OnceAsync(IPage page, Probe probe, Server server, Interaction interaction, int repetition, Row? row)
    {
        await interaction.Prepare(page, repetition);
        var cpu = server.Cpu();
        var (ms, bytes) = await probe.MeasureAsync(page, interaction, repetition);
        row?.Add(ms, server.Cpu() - cpu, bytes);
    }

    private static async Task OpenAsync(IPage page, Interaction interaction)
    {
        if (interaction.Stock)
        {
            await page.GotoAsync(interaction.StartPath);
            // The prerendered button does nothing until the circuit is up: click until the count moves.
            await page.WaitForFunctionAsync("() => { document.querySelector('button.btn-primary')?.click(); return document.querySelector('[role=status]')?.textContent.trim() !== 'Current count: 0'; }",
                null, new() { PollingInterval = 200, Timeout = 60_000 });
            return;
        }

        await SignInAsync(page, interaction.User, interaction.StartPath);
        if (interaction.User == Interaction.OrganisationHead)
        {
            // Its own first task that is still open (one reported done waits for verification and has no form).
            await page.Locator("[data-testid=bucket-PastDue] [data-testid=my-task], [data-testid=bucket-ThisWeek] [data-testid=my-task], [data-testid=bucket-Later] [data-testid=my-task]").First.ClickAsync();
            await page.Locator("[data-testid=progress-save]").WaitForAsync();
        }
    }

    // The other circuits: dashboards and task lists of the same governorate (they re-render on a save), or counters.
    private static async Task<IAsyncDisposable> OpenOthersAsync(IBrowser browser, Server server, Interaction interaction, int count)
    {
        var context = await browser.NewContextAsync(new() { BaseURL = server.Address.ToString() });
        for (var i = 0; i < count; i++)
        {
            var page = await context.NewPageAsync();
            if (interaction.Stock)
            {
                await page.GotoAsync("/counter");
                await page.Locator("button.btn-primary").WaitForAsync();
            }
            else if (i == 0)
            {
                await SignInAsync(page, Interaction.Governor, "/");
            }
            else
            {
                await page.GotoAsync(i % 2 == 0 ? "/" : "/tasks");
                await page.Locator("[data-interactive=true]").WaitForAsync();
            }
        }

        return context;
    }
}
