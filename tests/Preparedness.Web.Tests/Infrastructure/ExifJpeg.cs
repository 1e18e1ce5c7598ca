using System.Buffers.Binary;
using System.Text;
using SkiaSharp;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>What a phone writes into a photo's EXIF, for the tests to write it themselves.</summary>
internal sealed record ExifFacts(int Orientation = 1, string? TakenAt = null, string? Offset = null, (double Lat, double Lon)? Gps = null);

/// <summary>
/// Real JPEGs with real EXIF, made byte by byte: Skia encodes the pixels and an APP1 segment written here
/// (a little-endian TIFF structure: IFD0 with orientation, the Exif IFD with the capture time, the GPS IFD)
/// goes right after the start-of-image marker, where phones put it.
/// </summary>
internal static class ExifJpeg
{
    private const ushort Ascii = 2, Short = 3, Long = 4, Rational = 5;

    /// <summary>A <paramref name="width"/>×<paramref name="height"/> picture: its top-left quarter red, the rest blue.</summary>
    public static byte[] Make(int width, int height, ExifFacts facts, int quality = 85)
    {
        using var bitmap = new SKBitmap(width, height);
        using (var canvas = new SKCanvas(bitmap))
        {
            canvas.Clear(SKColors.Blue);
            canvas.DrawRect(0, 0, width / 2f, height / 2f, new SKPaint { Color = SKColors.Red });
        }

        using var image = SKImage.FromBitmap(bitmap);
        var jpeg = image.Encode(SKEncodedImageFormat.Jpeg, quality).ToArray();
        var app1 = Segment(facts);
        return [.. jpeg[..2], .. app1, .. jpeg[2..]];
    }

    private static byte[] Segment(ExifFacts facts)
    {
        var exif = new List<Entry>();
        if (facts.TakenAt is { } taken) exif.Add(Text(0x9003, taken));
        if (facts.Offset is { } offset) exif.Add(Text(0x9011, offset));
        var gps = facts.Gps is { } g
            ? new List<Entry> { Text(0x0001, g.Lat >= 0 ? "N" : "S"), Degrees(0x0002, g.Lat), Text(0x0003, g.Lon >= 0 ? "E" : "W"), Degrees(0x0004, g.Lon) }
            : [];
        var ifd0 = new List<Entry> { new(0x0112, Short, 1, U16((ushort)facts.Orientation)) };
        var ifd0Size = Size(ifd0.Count + (exif.Count > 0 ? 1 : 0) + (gps.Count > 0 ? 1 : 0), ifd0);
        var exifAt = 8 + ifd0Size;
        var gpsAt = exifAt + (exif.Count > 0 ? Size(exif.Count, exif) : 0);
        if (exif.Count > 0) ifd0.Add(new(0x8769, Long, 1, U32((uint)exifAt)));
        if (gps.Count > 0) ifd0.Add(new(0x8825, Long, 1, U32((uint)gpsAt)));

        var tiff = new List<byte> { (byte)'I', (byte)'I', 42, 0, 8, 0, 0, 0 };
        tiff.AddRange(Ifd(ifd0, 8));
        if (exif.Count > 0) tiff.AddRange(Ifd(exif, exifAt));
        if (gps.Count > 0) tiff.AddRange(Ifd(gps, gpsAt));
        byte[] payload = [.. "Exif\0\0"u8, .. tiff];
        var length = payload.Length + 2;
        return [0xFF, 0xE1, (byte)(length >> 8), (byte)length, .. payload];
    }

    private sealed record Entry(ushort Tag, ushort Type, uint Count, byte[] Value);

    private static int Size(int entries, List<Entry> values) => 2 + 12 * entries + 4 + values.Sum(v => v.Value.Length > 4 ? v.Value.Length + v.Value.Length % 2 : 0);

    private static byte[] Ifd(List<Entry> entries, int at)
    {
        var head = new List<byte>();
        var data = new List<byte>();
        var dataAt = at + 2 + 12 * entries.Count + 4;
        head.AddRange(U16((ushort)entries.Count));
        foreach (var e in entries.OrderBy(e => e.Tag))
        {
            head.AddRange(U16(e.Tag));
            head.AddRange(U16(e.Type));
            head.AddRange(U32(e.Count));
            if (e.Value.Length <= 4)
            {
                head.AddRange(e.Value.Concat(new byte[4 - e.Value.Length]));
                continue;
            }

            head.AddRange(U32((uint)(dataAt + data.Count)));
            data.AddRange(e.Value);
            if (e.Value.Length % 2 == 1) data.Add(0);
        }

        head.AddRange(U32(0));
        return [.. head, .. data];
    }

    private static Entry Text(ushort tag, string value)
    {
        var bytes = Encoding.ASCII.GetBytes(value + "\0");
        return new(tag, Ascii, (uint)bytes.Length, bytes);
    }

    private static Entry Degrees(ushort tag, double value)
    {
        value = Math.Abs(value);
        var degrees = Math.Floor(value);
        var minutes = Math.Floor((value - degrees) * 60);
        var seconds = ((value - degrees) * 60 - minutes) * 60;
        byte[] rationals = [.. U32((uint)degrees), .. U32(1), .. U32((uint)minutes), .. U32(1), .. U32((uint)Math.Round(seconds * 10000)), .. U32(10000)];
        return new(tag, Rational, 3, rationals);
    }

    private static byte[] U16(ushort v)
    {
        var b = new byte[2];
        BinaryPrimitives.WriteUInt16LittleEndian(b, v);
        return b;
    }

    private static byte[] U32(uint v)
    {
        var b = new byte[4];
        BinaryPrimitives.WriteUInt32LittleEndian(b, v);
        return b;
    }
}
