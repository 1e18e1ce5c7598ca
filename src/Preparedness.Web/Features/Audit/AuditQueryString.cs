using System.Globalization;

namespace Preparedness.Web.Features.Audit;

/// <summary>The filters in the address, shared by the page (so a view can be linked) and the CSV export.</summary>
internal static class AuditQueryString
{
    public static AuditFilter Parse(IQueryCollection query) => new(
        Date(query["from"]), Date(query["to"]), Text(query["user"]), Text(query["action"]), Text(query["type"]),
        Text(query["id"]), Text(query["q"]), int.TryParse(query["gov"], CultureInfo.InvariantCulture, out var g) ? g : null);

    /// <summary>What <see cref="Parse"/> cannot use (a NUL byte, a number that is none): the page says so, the export refuses.</summary>
    public static IReadOnlyList<string> Problems(IQueryCollection query) => Security.UntrustedText.Problems(query, "gov", "page");

    /// <summary>The page index asked for: 0 when absent or no number (named by <see cref="Problems"/>), at most <see cref="Security.UntrustedText.MaxPage"/>.</summary>
    public static int PageIndex(IQueryCollection query) =>
        int.TryParse(query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? Security.UntrustedText.Page(n) : 0;

    public static string Format(AuditFilter filter)
    {
        var parts = new (string Key, string? Value)[]
        {
            ("from", filter.From?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("to", filter.To?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            ("user", filter.User), ("action", filter.Action), ("type", filter.EntityType), ("id", filter.EntityId),
            ("q", filter.Text), ("gov", filter.GovernorateId?.ToString(CultureInfo.InvariantCulture)),
        };
        return string.Join('&', parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
    }

    private static DateOnly? Date(string? value) =>
        DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;

    private static string? Text(string? value) =>
        string.IsNullOrWhiteSpace(value) || Security.UntrustedText.HasControlCharacters(value) ? null : Security.UntrustedText.Clean(value.Trim(), 256);
}
