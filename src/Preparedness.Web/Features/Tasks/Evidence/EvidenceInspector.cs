using SkiaSharp;

namespace Preparedness.Web.Features.Tasks.Evidence;

/// <summary>A file as the browser sent it; the name is for display only, never trusted for its type.</summary>
public sealed record EvidenceUpload(string FileName, byte[] Content);

internal sealed record InspectedEvidence(string FileName, string ContentType, byte[] Content, byte[]? Thumbnail);

/// <summary>
/// Decides what a file is from its bytes: photos must decode as JPEG, PNG or WebP (Skia's decoders),
/// documents must be PDF. A renamed executable is neither, whatever its name says.
/// </summary>
internal static class EvidenceInspector
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxFiles = 5;
    private const int ThumbnailEdge = 320;
    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();

    public static (InspectedEvidence? File, string? ErrorKey) Inspect(EvidenceUpload upload)
    {
        if (upload.Content.Length == 0)
        {
            return (null, "Evidence.Empty");
        }

        if (upload.Content.Length > MaxBytes)
        {
            return (null, "Evidence.TooLarge");
        }

        var name = Path.GetFileName(upload.FileName.Trim());
        name = string.IsNullOrEmpty(name) ? "evidence" : name[..Math.Min(name.Length, 200)];
        if (upload.Content.AsSpan().StartsWith(PdfSignature))
        {
            return (new InspectedEvidence(name, "application/pdf", upload.Content, null), null);
        }

        using var data = SKData.CreateCopy(upload.Content);
        using var codec = SKCodec.Create(data);
        var contentType = codec?.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => "image/jpeg",
            SKEncodedImageFormat.Png => "image/png",
            SKEncodedImageFormat.Webp => "image/webp",
            _ => null,
        };
        if (contentType is null)
        {
            return (null, "Evidence.WrongType");
        }

        using var bitmap = SKBitmap.Decode(codec);
        return bitmap is null
            ? (null, "Evidence.WrongType")
            : (new InspectedEvidence(name, contentType, upload.Content, Thumbnail(bitmap)), null);
    }

    private static byte[] Thumbnail(SKBitmap photo)
    {
        var scale = Math.Min(1f, (float)ThumbnailEdge / Math.Max(photo.Width, photo.Height));
        var info = new SKImageInfo(Math.Max(1, (int)(photo.Width * scale)), Math.Max(1, (int)(photo.Height * scale)));
        using var small = photo.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var image = SKImage.FromBitmap(small);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return jpeg.ToArray();
    }
}
