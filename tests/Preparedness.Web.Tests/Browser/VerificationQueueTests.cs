using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class VerificationQueueTests(AppHost app, BrowserFixture browser)
{
    [Theory]
    [InlineData(1280, 900)]
    [InlineData(390, 844)]
    public async Task The_adviser_sees_each_reports_photo_reporter_and_wait_oldest_first_and_opens_the_photos_full_size(int width, int height)
    {
        var luxor = await DemoChanges.GovernorateIdAsync(app.Services, "luxor");
        var adviser = new Actor("test-adviser", "Adviser", Roles.MilitaryAdviser, luxor, null);
        var queue = await app.Services.GetRequiredService<ReviewQueries>().QueueAsync(adviser, luxor, null, null);
        var page = await Pages.NewPageAsync(browser, app, width, height);

        await page.SignInAsync("adviser.luxor@preparedness.demo", "/verification");

        var items = page.Locator("[data-testid=queue-item]");
        await Assertions.Expect(items).ToHaveCountAsync(queue.Count);
        Assert.True(queue.Count >= 2, "The demo data has reports waiting.");
        Assert.Equal(queue.Select(q => q.WaitingSince).Order(), queue.Select(q => q.WaitingSince));
        Assert.Equal(queue.Select(q => $"{q.Id}"), await items.EvaluateAllAsync<string[]>("items => items.map(i => i.dataset.taskId)"));
        var first = items.First;
        var thumbnail = first.Locator("[data-testid=queue-thumbnail]");
        await Assertions.Expect(thumbnail).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 0", await thumbnail.ElementHandleAsync());
        await Assertions.Expect(first.Locator("[data-testid=queue-waiting]")).ToContainTextAsync("تنتظر منذ");
        await Assertions.Expect(first.Locator("[data-testid=queue-waiting]")).ToContainTextAsync(new System.Text.RegularExpressions.Regex("يوم|أيام|يومين|يومًا|ساعة|ساعات|ساعتين"));
        await Assertions.Expect(first.Locator("[data-testid=queue-reporter]")).ToContainTextAsync(queue[0].ReportedBy);

        await first.Locator("[data-testid=queue-thumbnail-button]").ClickAsync();
        var full = page.Locator("[data-testid=queue-photo-full]").First;
        await Assertions.Expect(full).ToBeVisibleAsync();
        await page.WaitForFunctionAsync("img => img.complete && img.naturalWidth > 320", await full.ElementHandleAsync());
        await Screenshots.TakeBothAsync(page, "queue-dialog", p => p.Locator("[data-testid=queue-thumbnail-button]").First.ClickAsync());
        await page.Keyboard.PressAsync("Escape");
        await Assertions.Expect(page.Locator("[data-testid=queue-photos]")).ToHaveCountAsync(0);
        await Screenshots.TakeBothAsync(page, "queue");
    }
}
