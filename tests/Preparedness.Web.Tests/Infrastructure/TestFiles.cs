using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Features.Verification;
using SkiaSharp;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>Files a phone might send, and files it should not.</summary>
internal static class TestFiles
{
    public static byte[] Png(int width = 800, int height = 600)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(new SKColor(11, 85, 99));
            canvas.DrawCircle(width / 2f, height / 2f, height / 3f, new SKPaint { Color = SKColors.Orange });
        }

        using var image = SKImage.FromBitmap(bitmap);
        return image.Encode(SKEncodedImageFormat.Png, 100).ToArray();
    }

    public static EvidenceUpload Photo(string name = "drains.png") => new(name, Png());

    /// <summary>An ELF executable's header, renamed to look like a photo.</summary>
    public static EvidenceUpload RenamedExecutable() =>
        new("photo.jpg", [0x7F, (byte)'E', (byte)'L', (byte)'F', 2, 1, 1, 0, .. new byte[2048]]);

    public static EvidenceUpload Pdf() => new("report.pdf", "%PDF-1.7\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF"u8.ToArray());
}
