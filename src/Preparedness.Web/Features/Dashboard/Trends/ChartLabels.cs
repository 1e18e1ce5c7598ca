using System.Globalization;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>Day labels for a chart's axis: about six, so that they stay readable on a 390-px phone.</summary>
internal static class ChartLabels
{
    public const int MaxLabels = 6;

    public static string[] Sparse(IReadOnlyList<DateOnly> days)
    {
        var step = Math.Max(1, (int)Math.Ceiling(days.Count / (double)MaxLabels));
        return [.. days.Select((d, i) => i % step == 0 || i == days.Count - 1 ? d.ToString("d/M", CultureInfo.CurrentCulture) : "")];
    }
}
