using Microsoft.Playwright;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class VerificationJourneyTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task Head_reports_done_with_a_photo_adviser_returns_it_head_reports_again_adviser_verifies_and_the_dashboard_changes()
    {
        var (task, _) = await DemoChanges.OpenTaskAsync(app.Services, "luxor", "dir-health");
        var photo = Path.Combine(Path.GetTempPath(), $"evidence-{Guid.NewGuid():N}.png");
        await File.WriteAllBytesAsync(photo, TestFiles.Png());
        var head = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await head.SignInAsync("health.luxor@preparedness.demo", $"/tasks/{task.Id}");
        var adviser = await Pages.NewPageAsync(browser, app);
        await adviser.SignInAsync("adviser.luxor@preparedness.demo");
        var verifiedBefore = await adviser.InnerTextAsync("[data-testid=verified-share]");

        await ReportDoneAsync(head, photo, task.Target);
        var unreadBefore = await head.GetAttributeAsync("[data-testid=bell]", "data-unread") ?? throw new InvalidOperationException("No bell on the head's page");
        await adviser.GotoAsync("/verification");
        await adviser.WaitForInteractiveAsync();
        await adviser.Locator($"[data-testid=task-link][href$='tasks/{task.Id}']").ClickAsync();
        await Assertions.Expect(adviser.Locator("[data-testid=evidence-thumbnail]")).ToBeVisibleAsync();
        await adviser.FillAsync("[data-testid=review-comment]", "الصورة لا توضح الأسرّة الإضافية");
        await adviser.ClickAsync("[data-testid=review-return]");

        await Assertions.Expect(head.Locator("[data-testid=return-comment]")).ToContainTextAsync("الصورة لا توضح الأسرّة الإضافية");
        // The owner is also told: the bell counts one more, without a reload.
        await Assertions.Expect(head.Locator("[data-testid=bell]")).Not.ToHaveAttributeAsync("data-unread", unreadBefore);
        await ReportDoneAsync(head, null, task.Target);
        var unreadBeforeVerify = await head.GetAttributeAsync("[data-testid=bell]", "data-unread") ?? "";
        await Assertions.Expect(adviser.Locator("[data-testid=review-panel]")).ToBeVisibleAsync();
        await adviser.ClickAsync("[data-testid=review-verify]");
        await Assertions.Expect(adviser.Locator("[data-testid=status-chip]").First).ToContainTextAsync("تم التحقق");

        // Verified work is told too, as a return is: the owner's bell counts one more, without a reload.
        await Assertions.Expect(head.Locator("[data-testid=bell]")).Not.ToHaveAttributeAsync("data-unread", unreadBeforeVerify);
        await head.Locator("[data-testid=bell] button").ClickAsync();
        await Assertions.Expect(head.Locator("[data-testid=bell-item]", new() { HasText = "من إنجاز المهمة" }).First).ToBeVisibleAsync();

        await adviser.GotoAsync("/");
        await adviser.WaitForInteractiveAsync();
        Assert.NotEqual(verifiedBefore, await adviser.InnerTextAsync("[data-testid=verified-share]"));
    }

    private static async Task ReportDoneAsync(IPage head, string? photo, decimal? target)
    {
        await head.WaitForInteractiveAsync();
        if (target is { } all)
        {
            await head.FillAsync("[data-testid=progress-achieved]", all.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture));
        }

        await head.ClickAsync("[data-testid=progress-status]");
        await head.Locator(".mud-popover-open .mud-list-item", new() { HasText = "أُبلغ بإنجازها" }).ClickAsync();
        await Assertions.Expect(head.Locator(".mud-popover-open .mud-list-item")).ToHaveCountAsync(0);
        await Assertions.Expect(head.Locator("[data-testid=evidence-add]")).ToBeVisibleAsync();
        if (photo is not null)
        {
            // The file input is wired up by script after it first renders; a person cannot pick a file
            // sooner, but a test can, so it tries again until the page has taken the file.
            for (var attempt = 0; attempt < 5 && await head.Locator("[data-testid=evidence-chosen]").CountAsync() == 0; attempt++)
            {
                await head.Locator("[data-testid=evidence-picker] input[type=file]").SetInputFilesAsync(photo);
                await head.Locator("[data-testid=evidence-chosen]").WaitForAsync(new() { Timeout = 3_000 }).ContinueWith(_ => { });
            }

            await Assertions.Expect(head.Locator("[data-testid=evidence-chosen]")).ToHaveCountAsync(1);
        }

        await head.FillAsync("[data-testid=progress-note]", "تم تجهيز الأسرّة");
        await head.ClickAsync("[data-testid=progress-save]");
        await Assertions.Expect(head.Locator("[data-testid=status-chip]").First).ToContainTextAsync("أُبلغ بإنجازها");
    }
}
