using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class ScreenLayoutTests(AppHost app, BrowserFixture browser)
{
    /// <summary>Narrower than this, a name breaks into a word per line.</summary>
    private const double ReadableNameWidth = 140;

    [Fact]
    public async Task On_a_390_px_phone_every_list_gives_names_a_readable_width_without_scrolling_sideways()
    {
        var page = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await page.SignInAsync("sg.alex@preparedness.demo");

        var lists = new[]
        {
            ("/organisations", "[data-testid=table-organisations] td.col-name"),
            ("/units", "[data-testid=table-units] td.col-name"),
            ("/tasks", "[data-testid=task-table] [data-testid=task-link]"),
            ("/verification", "[data-testid=queue] [data-testid=task-link]"),
            ("/audit", "[data-testid=audit-table] [data-testid=audit-action]"),
            ("/admin/structure", "[data-testid=unit-table] td:has([data-testid=unit-name]) > div"),
        };
        foreach (var (path, nameCell) in lists)
        {
            await page.GotoAsync(path);
            var cell = page.Locator(nameCell).First;
            await cell.WaitForAsync();
            await page.WaitForInteractiveAsync();

            // Measured where it is when measured: a page that re-reads on becoming interactive redraws its rows.
            var width = await cell.EvaluateAsync<double>("e => e.getBoundingClientRect().width");
            Assert.True(width >= ReadableNameWidth, $"{path}: the name has {width:0} px");
            Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= window.innerWidth"), $"{path} scrolls sideways");
            Assert.True(await page.EvaluateAsync<int>(CutCellsScript) == 0, $"{path}: a cell of the first row is off the screen");
        }
    }

    [Fact]
    public async Task The_wall_board_shows_every_tile_on_one_screen_at_1920_and_1280_with_the_dashboards_figures()
    {
        var page = await Pages.NewPageAsync(browser, app, width: 1920, height: 1080);
        await page.SignInAsync("sg.alex@preparedness.demo");
        var overall = await page.InnerTextAsync("[data-testid=overall-score]");

        await page.GotoAsync("/board");
        await page.Locator("#board[data-live=true]").WaitForAsync();
        await Assertions.Expect(page.Locator("#board-overall .tile-score")).ToHaveTextAsync(overall);
        Assert.Equal(11, await page.Locator("#board-units .tile").CountAsync());
        Assert.Equal(10, await page.Locator("#board-categories .tile").CountAsync());

        foreach (var (width, height) in new[] { (1920, 1080), (1280, 720) })
        {
            await page.SetViewportSizeAsync(width, height);
            var fit = await page.EvaluateAsync<BoardFit>(FitScript);

            Assert.True(fit.LowestTileBottom <= height, $"{width}×{height}: a tile ends at {fit.LowestTileBottom} px");
            Assert.True(fit.PageHeight <= height, $"{width}×{height}: the board scrolls ({fit.PageHeight} px)");
            Assert.Equal(0, fit.CutTiles);

            // Read across a room: the smallest lines, "last update" included, stay large for the screen.
            Assert.True(fit.SmallestText >= height / 54.0, $"{width}×{height}: text of {fit.SmallestText} px");
        }
    }

    /// <summary>Cells of a list's first row that stick out of the screen, hidden by the table's own overflow.</summary>
    private const string CutCellsScript = """
        () => [...document.querySelectorAll('tbody tr:first-child td')]
            .map(td => td.getBoundingClientRect())
            .filter(r => r.width > 0 && (r.left < -1 || r.right > window.innerWidth + 1)).length
        """;

    private const string FitScript = """
        () => {
            const tiles = [...document.querySelectorAll('#board .tile')];
            const lines = [...document.querySelectorAll('#board .tile-time, #board .tile-meta, #board .tile-name')];
            return {
                lowestTileBottom: Math.max(...tiles.map(t => t.getBoundingClientRect().bottom)),
                pageHeight: document.documentElement.scrollHeight,
                cutTiles: tiles.filter(t => t.scrollHeight > t.clientHeight + 1 || t.scrollWidth > t.clientWidth + 1).length,
                smallestText: Math.min(...lines.map(l => parseFloat(getComputedStyle(l).fontSize))),
            };
        }
        """;

    private sealed class BoardFit
    {
        public double LowestTileBottom { get; set; }
        public double PageHeight { get; set; }
        public int CutTiles { get; set; }
        public double SmallestText { get; set; }
    }
}
