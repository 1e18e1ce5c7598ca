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

    public static EvidenceUpload Pdf() => new("report.pdf", MinimalPdf());

    /// <summary>The smallest whole PDF: a catalog, an empty page tree, a cross-reference table at the offset startxref names.</summary>
    public static byte[] MinimalPdf()
    {
        const string Catalog = "1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n";
        const string Pages = "2 0 obj\n<< /Type /Pages /Kids [] /Count 0 >>\nendobj\n";
        const string Head = "%PDF-1.7\n";
        var xref = Head.Length + Catalog.Length + Pages.Length;
        var text = Head + Catalog + Pages
            + $"xref\n0 3\n0000000000 65535 f \n{Head.Length:D10} 00000 n \n{Head.Length + Catalog.Length:D10} 00000 n \n"
            + $"trailer\n<< /Size 3 /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n";
        return System.Text.Encoding.ASCII.GetBytes(text);
    }
}
