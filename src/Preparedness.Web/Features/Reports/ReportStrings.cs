namespace Preparedness.Web.Features.Reports;

/// <summary>Marker for the report's strings: ReportStrings.resx (English) and ReportStrings.ar.resx (Arabic).</summary>
internal sealed class ReportStrings;
