using System.Globalization;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>
/// Day labels for a chart's axis: about six, so that they stay readable on a 390-px phone; each isolated left to
/// right with a plain slash (Arabic date patterns carry a right-to-left mark), or an Arabic page draws "1/10" as "110/".
/// </summary>
internal static class ChartLabels
{
    public const int MaxLabels = 6;

    public static string[] Sparse(IReadOnlyList<DateOnly> days)
    {
        var step = Math.Max(1, (int)Math.Ceiling(days.Count / (double)MaxLabels));
        return [.. days.Select((d, i) => i % step == 0 || i == days.Count - 1 ? $"\u2066{d.ToString("d'/'M", CultureInfo.CurrentCulture)}\u2069" : "")];
    }
}
