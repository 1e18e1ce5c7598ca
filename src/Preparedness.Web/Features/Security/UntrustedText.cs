using System.Globalization;

namespace Preparedness.Web.Features.Security;

/// <summary>
/// Text from a form or an address that PostgreSQL would refuse mid-query (a NUL byte fails the statement),
/// or numbers that would overflow an offset, found before they reach a query: the page says what was wrong.
/// </summary>
internal static class UntrustedText
{
    /// <summary>Pages beyond this are refused: 100,000 pages of 50 rows is more than any list holds, and far from overflowing an offset.</summary>
    public const int MaxPage = 100_000;

    /// <summary>Control characters other than tab and line breaks: a NUL byte, escape codes, none of which anyone types.</summary>
    public static bool HasControlCharacters(string? text) =>
        text is not null && text.Any(c => char.IsControl(c) && c is not ('\t' or '\n' or '\r'));

    /// <summary>The text without its control characters, cut to <paramref name="maxLength"/>.</summary>
    public static string? Clean(string? text, int maxLength)
    {
        if (text is null)
        {
            return null;
        }

        var kept = HasControlCharacters(text) ? new string([.. text.Where(c => !char.IsControl(c) || c is '\t' or '\n' or '\r')]) : text;
        return kept.Length > maxLength ? kept[..maxLength] : kept;
    }

    /// <summary>A page index an offset can be computed from without overflow.</summary>
    public static int Page(int page) => Math.Clamp(page, 0, MaxPage);

    /// <summary>
    /// The address's parameters a page cannot use as given: any with control characters, and among
    /// <paramref name="numbers"/> any that is not a whole number from 0 (a page up to <see cref="MaxPage"/>).
    /// </summary>
    public static IReadOnlyList<string> Problems(IQueryCollection query, params string[] numbers) =>
    [
        .. query.Where(p => p.Value.Any(HasControlCharacters)
                || (numbers.Contains(p.Key) && !p.Value.All(v => int.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && (p.Key != "page" || n <= MaxPage))))
            .Select(p => p.Key),
    ];
}
