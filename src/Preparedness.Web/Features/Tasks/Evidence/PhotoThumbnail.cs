using SkiaSharp;

namespace Preparedness.Web.Features.Tasks.Evidence;

/// <summary>
/// A 320-px JPEG of a photo, upright as the phone meant it (EXIF orientation applied). A large photo is
/// decoded already scaled down where the format allows (JPEG: 1/2, 1/4, 1/8), so a 48-megapixel photo
/// never costs 190 MB of pixels to make a thumbnail.
/// </summary>
internal static class PhotoThumbnail
{
    public const int Edge = 320;

    public static byte[]? Make(SKCodec codec)
    {
        using var decoded = DecodeScaled(codec);
        if (decoded is null)
        {
            return null;
        }

        var scale = Math.Min(1f, (float)Edge / Math.Max(decoded.Width, decoded.Height));
        var info = new SKImageInfo(Math.Max(1, (int)Math.Round(decoded.Width * scale)), Math.Max(1, (int)Math.Round(decoded.Height * scale)));
        using var small = decoded.Resize(info, new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        using var upright = Orientation.Apply(small, codec.EncodedOrigin);
        using var image = SKImage.FromBitmap(upright);
        using var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return jpeg.ToArray();
    }

    private static SKBitmap? DecodeScaled(SKCodec codec)
    {
        var longSide = Math.Max(codec.Info.Width, codec.Info.Height);
        var size = longSide > Edge * 2 ? codec.GetScaledDimensions((float)(Edge * 2) / longSide) : codec.Info.Size;
        var info = new SKImageInfo(size.Width, size.Height, SKColorType.Rgba8888, SKAlphaType.Premul);
        var bitmap = new SKBitmap(info);
        var result = codec.GetPixels(info, bitmap.GetPixels());
        if (result is SKCodecResult.Success or SKCodecResult.IncompleteInput)
        {
            return bitmap;
        }

        bitmap.Dispose();
        return null;
    }
}
