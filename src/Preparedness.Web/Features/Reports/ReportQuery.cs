using System.Globalization;

namespace Preparedness.Web.Features.Reports;

internal static class ReportQuery
{
    /// <summary>An id from the address, or null when it is missing or not a positive whole number.</summary>
    public static int? Id(string? text) =>
        int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0 ? id : null;
}
