using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class LiveTaskPageTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task An_open_task_page_shows_someone_elses_change_and_keeps_what_the_viewer_is_typing()
    {
        var (task, _) = await DemoChanges.OpenTaskAsync(app.Services, "alexandria", "sanitation-alex");
        var viewer = await Pages.NewPageAsync(browser, app);
        await viewer.SignInAsync("adviser.alex@preparedness.demo", $"/tasks/{task.Id}");
        var editor = await Pages.NewPageAsync(browser, app);
        await editor.SignInAsync("sanitation.alex@preparedness.demo", $"/tasks/{task.Id}");
        await editor.FillAsync("[data-testid=progress-note]", "ملاحظة لم تُحفظ بعد");

        await DemoChanges.RecordProgressAsync(app.Services, "alexandria", "sanitation-alex", "تغيير من شخص آخر");

        await Assertions.Expect(viewer.Locator("[data-testid=history-entry]").First).ToContainTextAsync("تغيير من شخص آخر");
        await Assertions.Expect(editor.Locator("[data-testid=conflict-notice]")).ToContainTextAsync("Head of sanitation-alex");
        Assert.Equal("ملاحظة لم تُحفظ بعد", await editor.InputValueAsync("[data-testid=progress-note]"));
        await Assertions.Expect(editor.Locator("[data-testid=history-entry]").First).ToContainTextAsync("تحديث الإنجاز");
    }
}
