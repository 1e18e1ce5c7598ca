using System.Globalization;
using MetadataExtractor;
using MetadataExtractor.Formats.Exif;

namespace Preparedness.Web.Features.Tasks.Evidence;

/// <summary>What a photo says about itself: when it was taken and, when the phone recorded it, where.</summary>
public sealed record PhotoFacts(DateTimeOffset? CapturedAt, double? Latitude, double? Longitude)
{
    public static readonly PhotoFacts None = new(null, null, null);
}

/// <summary>
/// Reads a photo's EXIF with MetadataExtractor. The capture time is EXIF's DateTimeOriginal, a wall-clock
/// time; with OffsetTimeOriginal it is exact, without it it is taken as Cairo time (the phones are in Egypt).
/// Anything unreadable is simply absent: EXIF is a hint for the reviewer, never a reason to refuse a photo.
/// </summary>
internal static class PhotoExif
{
    private const int DateTimeOriginal = 0x9003;
    private const int OffsetTimeOriginal = 0x9011;

    public static PhotoFacts Read(byte[] content)
    {
        try
        {
            var directories = ImageMetadataReader.ReadMetadata(new MemoryStream(content, writable: false));
            var location = directories.OfType<GpsDirectory>().FirstOrDefault()?.GetGeoLocation();
            return new PhotoFacts(
                CapturedAt(directories.OfType<ExifSubIfdDirectory>().FirstOrDefault()),
                location is { IsZero: false } ? Math.Round(location.Latitude, 6) : null,
                location is { IsZero: false } ? Math.Round(location.Longitude, 6) : null);
        }
        catch (Exception e) when (e is ImageProcessingException or IOException or FormatException or ArgumentException)
        {
            return PhotoFacts.None;
        }
    }

    private static DateTimeOffset? CapturedAt(ExifSubIfdDirectory? exif)
    {
        if (exif is null || !exif.TryGetDateTime(DateTimeOriginal, out var local) || local.Year < 1990)
        {
            return null;
        }

        var wallClock = DateTime.SpecifyKind(local, DateTimeKind.Unspecified);
        var offset = Offset(exif.GetString(OffsetTimeOriginal)?.Trim()) ?? Localization.CairoTime.Zone.GetUtcOffset(wallClock);
        return new DateTimeOffset(wallClock, offset).ToUniversalTime();
    }

    /// <summary>EXIF writes offsets as "+02:00" or "-05:00".</summary>
    private static TimeSpan? Offset(string? text) =>
        text is { Length: 6 } && text[0] is '+' or '-' && TimeSpan.TryParseExact(text[1..], @"hh\:mm", CultureInfo.InvariantCulture, out var o)
            ? (text[0] == '-' ? -o : o)
            : null;
}
