using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Tests.Infrastructure;
using SkiaSharp;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class PhotoExifTests
{
    [Fact]
    public void The_capture_time_with_its_offset_and_the_gps_position_are_read()
    {
        var photo = ExifJpeg.Make(64, 48, new ExifFacts(TakenAt: "2026:11:20 09:15:30", Offset: "+03:00", Gps: (25.687243, -32.639637)));

        var facts = PhotoExif.Read(photo);

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 6, 15, 30, TimeSpan.Zero), facts.CapturedAt);
        Assert.Equal(25.687243, facts.Latitude!.Value, 5);
        Assert.Equal(-32.639637, facts.Longitude!.Value, 5);
    }

    [Fact]
    public void A_capture_time_without_an_offset_is_cairo_time()
    {
        var photo = ExifJpeg.Make(64, 48, new ExifFacts(TakenAt: "2026:11:20 09:15:30"));

        Assert.Equal(new DateTimeOffset(2026, 11, 20, 7, 15, 30, TimeSpan.Zero), PhotoExif.Read(photo).CapturedAt);
    }

    [Fact]
    public void A_photo_without_exif_has_no_facts_and_is_still_accepted()
    {
        var (file, error) = EvidenceInspector.Inspect(TestFiles.Photo());

        Assert.Null(error);
        Assert.Equal(PhotoFacts.None, file!.Facts);
        Assert.Equal(PhotoFacts.None, PhotoExif.Read(ExifJpeg.Make(64, 48, new ExifFacts())));
    }

    /// <summary>The stored picture has its red quarter top-left; the thumbnail shows where the phone meant it.</summary>
    [Theory]
    [InlineData(1, false, "top-left")]
    [InlineData(3, false, "bottom-right")]
    [InlineData(6, true, "top-right")]
    [InlineData(8, true, "bottom-left")]
    public void Thumbnails_are_upright_whatever_the_exif_orientation(int orientation, bool turnsSideways, string redCorner)
    {
        var photo = ExifJpeg.Make(800, 400, new ExifFacts(Orientation: orientation));

        var (file, _) = EvidenceInspector.Inspect(new EvidenceUpload("phone.jpg", photo));

        using var thumbnail = SKBitmap.Decode(file!.Thumbnail);
        Assert.Equal(turnsSideways ? (160, 320) : (320, 160), (thumbnail.Width, thumbnail.Height));
        Assert.Equal(redCorner, RedCorner(thumbnail));
    }

    [Fact]
    public void A_large_photo_gets_a_thumbnail_of_the_whole_picture()
    {
        var photo = ExifJpeg.Make(4000, 3000, new ExifFacts(Orientation: 6), quality: 60);

        var (file, error) = EvidenceInspector.Inspect(new EvidenceUpload("big.jpg", photo));

        Assert.Null(error);
        using var thumbnail = SKBitmap.Decode(file!.Thumbnail);
        Assert.Equal((240, 320), (thumbnail.Width, thumbnail.Height));
        Assert.Equal("top-right", RedCorner(thumbnail));
    }

    [Fact]
    public void A_photo_whose_header_claims_more_than_50_megapixels_is_refused_before_decoding()
    {
        var photo = ExifJpeg.Make(16, 16, new ExifFacts());
        var sof = Enumerable.Range(0, photo.Length - 1).First(i => photo[i] == 0xFF && photo[i + 1] == 0xC0);

        // The frame header: length (2), precision (1), then height and width, big-endian: 6,000 × 10,000.
        photo[sof + 5] = 6000 >> 8;
        photo[sof + 6] = 6000 & 0xFF;
        photo[sof + 7] = 10000 >> 8;
        photo[sof + 8] = 10000 & 0xFF;

        Assert.Equal((null, "Evidence.TooManyPixels"), EvidenceInspector.Inspect(new EvidenceUpload("huge.jpg", photo)));
    }

    private static string RedCorner(SKBitmap bitmap)
    {
        var corners = new Dictionary<string, (int X, int Y)>
        {
            ["top-left"] = (bitmap.Width / 4, bitmap.Height / 4),
            ["top-right"] = (bitmap.Width * 3 / 4, bitmap.Height / 4),
            ["bottom-left"] = (bitmap.Width / 4, bitmap.Height * 3 / 4),
            ["bottom-right"] = (bitmap.Width * 3 / 4, bitmap.Height * 3 / 4),
        };
        return Assert.Single(corners, c => bitmap.GetPixel(c.Value.X, c.Value.Y) is { Red: > 200, Blue: < 80 }).Key;
    }
}
