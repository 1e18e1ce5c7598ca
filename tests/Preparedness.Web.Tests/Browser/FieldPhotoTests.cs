using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Preparedness.Web.Tests.Browser;

[Collection(AppCollection.Name)]
public sealed class FieldPhotoTests(AppHost app, BrowserFixture browser)
{
    [Fact]
    public async Task A_4000_px_phone_photo_arrives_at_most_2000_px_upright_with_its_capture_time_and_position()
    {
        var (task, _) = await DemoChanges.OpenTaskAsync(app.Services, "luxor", "lx-esna");
        var takenAt = app.Services.GetRequiredService<TimeProvider>().GetUtcNow().AddHours(-1);
        var exifTime = CairoTime.ToCairo(takenAt).ToString("yyyy:MM:dd HH:mm:ss", CultureInfo.InvariantCulture);

        // Held sideways, as phones store portrait photos: 4,000 × 3,000 stored, orientation 6 (turn right to view).
        var path = Path.Combine(Path.GetTempPath(), $"phone-{Guid.NewGuid():N}.jpg");
        await File.WriteAllBytesAsync(path, ExifJpeg.Make(4000, 3000, new ExifFacts(Orientation: 6, TakenAt: exifTime, Gps: (25.2950, 32.5530))));
        var head = await Pages.NewPageAsync(browser, app, width: 390, height: 844);
        await head.SignInAsync("esna.luxor@preparedness.demo", $"/tasks/{task.Id}");

        await head.ClickAsync("[data-testid=progress-status]");
        await head.Locator(".mud-popover-open .mud-list-item", new() { HasText = "أُبلغ بإنجازها" }).ClickAsync();
        await Assertions.Expect(head.Locator("[data-testid=evidence-picker][data-downscale=ready]")).ToBeVisibleAsync();
        await head.Locator("[data-testid=evidence-picker] input[type=file]").SetInputFilesAsync(path);
        await Assertions.Expect(head.Locator("[data-testid=evidence-chosen]")).ToContainTextAsync(Path.GetFileNameWithoutExtension(path) + ".jpg");
        await Screenshots.TakeAsync(head, "upload-chosen-ar");
        if (task.Target is { } target)
        {
            await head.FillAsync("[data-testid=progress-achieved]", target.ToString("0.##", CultureInfo.InvariantCulture));
        }

        await head.ClickAsync("[data-testid=progress-save]");
        await Assertions.Expect(head.Locator("[data-testid=status-chip]").First).ToContainTextAsync("أُبلغ بإنجازها");

        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var stored = await db.Evidence.AsNoTracking().Where(e => e.TaskId == task.Id).OrderByDescending(e => e.Id).FirstAsync();
        using var codec = SKCodec.Create(new MemoryStream(stored.Content));
        Assert.Equal(SKEncodedImageFormat.Jpeg, codec.EncodedFormat);
        Assert.Equal((1500, 2000), (codec.Info.Width, codec.Info.Height));
        Assert.Equal(SKEncodedOrigin.TopLeft, codec.EncodedOrigin);
        Assert.Equal(takenAt.AddTicks(-(takenAt.Ticks % TimeSpan.TicksPerSecond)), stored.CapturedAt);
        Assert.Equal(25.2950, stored.Latitude!.Value, 3);
        Assert.Equal(32.5530, stored.Longitude!.Value, 3);
        await Assertions.Expect(head.Locator("[data-testid=evidence-captured]").Last).ToContainTextAsync("التُقطت");
        await Assertions.Expect(head.Locator("[data-testid=evidence-location]").Last).ToBeVisibleAsync();
        await Screenshots.TakeBothAsync(head, "upload-saved");
    }
}
