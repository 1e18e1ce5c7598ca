namespace Preparedness.Web.Features.Tasks.Evidence;

/// <summary>Marker for the evidence texts, EvidenceStrings.resx (English) and EvidenceStrings.ar.resx (Arabic).</summary>
internal sealed class EvidenceStrings;
