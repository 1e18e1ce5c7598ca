namespace Preparedness.Web.Features.Plans;

/// <summary>Marker for the seasons' resource set, PlanStrings.resx (English) and PlanStrings.ar.resx (Arabic).</summary>
internal sealed class PlanStrings;
