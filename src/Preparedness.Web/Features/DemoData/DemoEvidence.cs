using System.Globalization;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Evidence;
using SkiaSharp;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Features.DemoData;

/// <summary>
/// A generated photo for every demo task that was reported done (including those since verified or
/// returned), so a military adviser trying the demo opens evidence as they would for real. The picture
/// says plainly that it is a demo: a drawn scene, the task's library code and the day it was reported.
/// It goes through <see cref="EvidenceInspector"/> like an upload, which makes its thumbnail.
/// </summary>
internal static class DemoEvidence
{
    private const int Width = 800;
    private const int Height = 600;

    public static IEnumerable<TaskEvidence> For(IEnumerable<ReadinessTask> tasks) =>
        from task in tasks
        where task.Status is TaskStatus.ReportedDone or TaskStatus.Verified or TaskStatus.Returned
        let report = task.History.Last(h => h.Changes.Any(c => c.Field == "Status" && c.To == nameof(TaskStatus.ReportedDone)))
        let file = EvidenceInspector.Inspect(new EvidenceUpload($"{task.LibraryCode}-site.jpg", Photo(task, report.At))).File!
        select new TaskEvidence
        {
            TaskId = task.Id,
            FileName = file.FileName,
            ContentType = file.ContentType,
            Size = file.Content.Length,
            Content = file.Content,
            Thumbnail = file.Thumbnail,
            UploadedAt = report.At,
            UploadedById = report.UserId,
            UploadedByName = report.UserName,
        };

    private static byte[] Photo(ReadinessTask task, DateTimeOffset reportedAt)
    {
        using var surface = SKSurface.Create(new SKImageInfo(Width, Height));
        var canvas = surface.Canvas;
        var (sky, ground) = Colours(task.Category);
        using (var paint = new SKPaint())
        {
            paint.Shader = SKShader.CreateLinearGradient(new SKPoint(0, 0), new SKPoint(0, Height * 0.6f), [sky, SKColors.White], SKShaderTileMode.Clamp);
            canvas.DrawRect(0, 0, Width, Height * 0.6f, paint);
        }

        using (var paint = new SKPaint { Color = ground, IsAntialias = true })
        {
            canvas.DrawRect(0, Height * 0.6f, Width, Height * 0.4f, paint);
            paint.Color = ground.WithAlpha(160);
            canvas.DrawRoundRect(new SKRect(Width * 0.3f, Height * 0.45f, Width * 0.7f, Height * 0.75f), 12, 12, paint);
        }

        using (var band = new SKPaint { Color = new SKColor(0, 0, 0, 150) })
        {
            canvas.DrawRect(0, Height - 120, Width, 120, band);
        }

        using var title = new SKFont(SKTypeface.Default, 48);
        using var font = new SKFont(SKTypeface.Default, 30);
        using var text = new SKPaint { Color = SKColors.White, IsAntialias = true };
        canvas.DrawText("DEMO PHOTO", 24, Height - 62, title, text);
        canvas.DrawText(string.Create(CultureInfo.InvariantCulture, $"{task.LibraryCode} · {Localization.CairoTime.ToCairo(reportedAt):yyyy-MM-dd HH:mm}"), 24, Height - 16, font, text);

        using var image = surface.Snapshot();
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 75);
        return jpeg.ToArray();
    }

    private static (SKColor Sky, SKColor Ground) Colours(TaskCategory category) => category switch
    {
        TaskCategory.Drainage => (new SKColor(0x5B, 0x8D, 0xB8), new SKColor(0x6B, 0x6B, 0x6B)),
        TaskCategory.Roads => (new SKColor(0x87, 0xB5, 0xD9), new SKColor(0x4A, 0x4A, 0x4A)),
        TaskCategory.Power => (new SKColor(0x9F, 0xB8, 0xCC), new SKColor(0x8C, 0x7B, 0x5E)),
        TaskCategory.Health or TaskCategory.Shelters => (new SKColor(0xA7, 0xC7, 0xE7), new SKColor(0xC9, 0xB8, 0x96)),
        _ => (new SKColor(0x8F, 0xAF, 0xC9), new SKColor(0xB5, 0x9F, 0x7A)),
    };
}
