namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>Marker for the trends' resource set, TrendStrings.resx (English) and TrendStrings.ar.resx (Arabic).</summary>
internal sealed class TrendStrings;
