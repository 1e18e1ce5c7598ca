using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class LiveDashboardTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task A_change_made_by_one_user_appears_on_another_users_open_dashboard_without_a_reload()
    {
        var secretary = await Pages.NewPageAsync(browser, app);
        await secretary.SignInAsync("sg.luxor@preparedness.demo");
        await secretary.EvaluateAsync("window.__sameDocument = true");
        var head = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await head.SignInAsync("esna.luxor@preparedness.demo", "/tasks/mine");

        await head.Locator("[data-testid=bucket-PastDue] [data-testid=my-task]").First.ClickAsync();
        await head.WaitForInteractiveAsync();
        await head.FillAsync("[data-testid=progress-note]", "وصلت المعدات إلى إسنا");
        await head.ClickAsync("[data-testid=progress-save]");

        var banner = secretary.Locator("[data-testid=live-change]");
        await Assertions.Expect(banner).ToContainTextAsync("رئيس", new() { Timeout = 5_000 });
        await Assertions.Expect(banner).ToContainTextAsync("حدّث");
        await Assertions.Expect(secretary.Locator("h1")).ToHaveTextAsync("محافظة الأقصر");
        await Assertions.Expect(secretary.Locator("[data-testid=table-units] tr.flash-0, [data-testid=table-units] tr.flash-1")).ToHaveCountAsync(1);
        Assert.True(await secretary.EvaluateAsync<bool>("window.__sameDocument === true"), "the dashboard must not have reloaded");
    }

    [Fact]
    public async Task After_a_dropped_connection_the_dashboard_says_so_in_arabic_reconnects_and_shows_what_changed_meanwhile()
    {
        var page = await Pages.NewPageAsync(browser, app);
        await page.SignInAsync("adviser.luxor@preparedness.demo");

        await page.EvaluateAsync("Blazor._internal.forceCloseConnection()");
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).ToContainTextAsync("إعادة الاتصال");
        await DemoChanges.RecordProgressAsync(app.Services, "luxor", "elec-luxor", "changed while the adviser was offline");

        await Assertions.Expect(page.Locator("[data-testid=live-change]")).ToContainTextAsync("Head of elec-luxor", new() { Timeout = 15_000 });
        await Assertions.Expect(page.Locator("#components-reconnect-modal")).Not.ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_wall_board_shows_live_changes_and_after_a_dropped_connection_reads_the_current_state()
    {
        var board = await Pages.NewPageAsync(browser, app, width: 1920, height: 1080);
        await board.GotoAsync("/board");
        await board.FillAsync("#username", "ops.luxor@preparedness.demo");
        await board.FillAsync("#password", Preparedness.Web.Features.DemoData.DemoAccounts.Password);
        await board.ClickAsync("[data-testid=sign-in]");
        await board.Locator("#board[data-live=true]").WaitForAsync();
        Assert.Equal("rtl", await board.GetAttributeAsync("html", "dir"));

        await DemoChanges.RecordProgressAsync(app.Services, "luxor", "water-luxor", "board test: live");
        await Assertions.Expect(board.Locator("#board-change")).ToContainTextAsync("Head of water-luxor");

        // Drop the connection, change something while it is down, and let the board come back by itself.
        await board.EvaluateAsync("window.preparednessBoard.connection.stop()");
        await Assertions.Expect(board.Locator("#board")).ToHaveAttributeAsync("data-live", "false");
        var computedBefore = await board.GetAttributeAsync("#board", "data-computed-at");
        await DemoChanges.RecordProgressAsync(app.Services, "luxor", "dir-health", "board test: missed while offline");

        await Assertions.Expect(board.Locator("#board")).ToHaveAttributeAsync("data-live", "true", new() { Timeout = 10_000 });
        Assert.NotEqual(computedBefore, await board.GetAttributeAsync("#board", "data-computed-at"));
        var healthUpdate = await HealthLastUpdateAsync();
        Assert.True(healthUpdate <= DateTimeOffset.Parse((await board.GetAttributeAsync("#board", "data-computed-at"))!, System.Globalization.CultureInfo.InvariantCulture));
    }

    private async Task<DateTimeOffset> HealthLastUpdateAsync()
    {
        var (task, _) = await DemoChanges.OpenTaskAsync(app.Services, "luxor", "dir-health");
        return task.LastUpdatedAt;
    }
}
