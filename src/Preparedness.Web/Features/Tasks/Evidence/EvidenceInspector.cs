using SkiaSharp;

namespace Preparedness.Web.Features.Tasks.Evidence;

/// <summary>A file as the browser sent it; the name is for display only, never trusted for its type.</summary>
public sealed record EvidenceUpload(string FileName, byte[] Content);

internal sealed record InspectedEvidence(string FileName, string ContentType, byte[] Content, byte[]? Thumbnail, PhotoFacts Facts);

/// <summary>
/// Decides what a file is from its bytes: photos must decode as JPEG, PNG or WebP (Skia's decoders),
/// documents must be PDF. A renamed executable is neither, whatever its name says.
/// </summary>
internal static class EvidenceInspector
{
    public const int MaxBytes = 10 * 1024 * 1024;
    public const int MaxFiles = 5;

    /// <summary>A few kilobytes of compressed "photo" can claim gigapixels: the header is read before any decoding.</summary>
    public const long MaxPixels = 50_000_000;
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
            return PdfStructure.LooksComplete(upload.Content)
                ? (new InspectedEvidence(name, "application/pdf", upload.Content, null, PhotoFacts.None), null)
                : (null, "Evidence.BrokenPdf");
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
        if (codec is null || contentType is null)
        {
            return (null, "Evidence.WrongType");
        }

        if ((long)codec.Info.Width * codec.Info.Height > MaxPixels)
        {
            return (null, "Evidence.TooManyPixels");
        }

        var thumbnail = PhotoThumbnail.Make(codec);
        return thumbnail is null
            ? (null, "Evidence.WrongType")
            : (new InspectedEvidence(name, contentType, upload.Content, thumbnail, PhotoExif.Read(upload.Content)), null);
    }
}
