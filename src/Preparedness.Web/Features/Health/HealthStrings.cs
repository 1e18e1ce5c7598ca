namespace Preparedness.Web.Features.Health;

/// <summary>Marker for the health pack's texts, HealthStrings.resx (English) and HealthStrings.ar.resx (Arabic).</summary>
internal sealed class HealthStrings;
