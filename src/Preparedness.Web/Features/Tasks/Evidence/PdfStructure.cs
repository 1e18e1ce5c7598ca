using System.Text;
using System.Text.RegularExpressions;

namespace Preparedness.Web.Features.Tasks.Evidence;

/// <summary>
/// A light structural check of a "PDF", beyond its first five bytes: a version in the header, an end
/// marker (%%EOF) at the end, and a startxref that points inside the file at a cross-reference table
/// ("xref") or stream ("12 0 obj"). A text or executable file with "%PDF-" stuck on the front fails it;
/// every PDF a real program writes passes. It does not parse the document.
/// </summary>
internal static partial class PdfStructure
{
    private const int Tail = 1024;

    public static bool LooksComplete(ReadOnlySpan<byte> content)
    {
        if (!Header().IsMatch(Encoding.Latin1.GetString(content[..Math.Min(content.Length, 16)])))
        {
            return false;
        }

        var tail = Encoding.Latin1.GetString(content[Math.Max(0, content.Length - Tail)..]);
        var end = tail.LastIndexOf("%%EOF", StringComparison.Ordinal);
        var start = tail.LastIndexOf("startxref", StringComparison.Ordinal);
        if (end < 0 || start < 0 || start > end
            || StartXref().Match(tail, start) is not { Success: true } pointer
            || !long.TryParse(pointer.Groups[1].ValueSpan, out var offset) || offset >= content.Length)
        {
            return false;
        }

        var target = Encoding.Latin1.GetString(content[(int)offset..Math.Min(content.Length, (int)offset + 32)]);
        return CrossReference().IsMatch(target);
    }

    [GeneratedRegex(@"\A%PDF-[12]\.\d")]
    private static partial Regex Header();

    [GeneratedRegex(@"\Gstartxref\s+(\d{1,10})\s")]
    private static partial Regex StartXref();

    [GeneratedRegex(@"\A\s*(xref|\d+\s+\d+\s+obj)")]
    private static partial Regex CrossReference();
}
