using System.Globalization;

namespace Preparedness.Web.Features.Accounts.Administration;

/// <summary>The users page's filter as an address's query, so the accounts export writes the rows the page lists.</summary>
internal static class AccountQueryString
{
    public static AccountFilter Parse(IQueryCollection query) => new(
        string.IsNullOrWhiteSpace(query["q"]) ? null : query["q"].ToString().Trim(),
        Roles.All.FirstOrDefault(r => r == query["role"]),
        int.TryParse(query["gov"], NumberStyles.Integer, CultureInfo.InvariantCulture, out var g) ? g : null,
        bool.TryParse(query["active"], out var a) ? a : null);

    public static string Format(AccountFilter filter)
    {
        var parts = new (string Key, string? Value)[]
        {
            ("q", filter.Text), ("role", filter.Role),
            ("gov", filter.GovernorateId?.ToString(CultureInfo.InvariantCulture)),
            ("active", filter.Active is { } active ? (active ? "true" : "false") : null),
        };
        var query = string.Join('&', parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!)}"));
        return query.Length == 0 ? "" : "?" + query;
    }
}
