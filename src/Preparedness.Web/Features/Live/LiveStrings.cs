namespace Preparedness.Web.Features.Live;

/// <summary>Marker for the live updates' resource set, LiveStrings.resx (English) and LiveStrings.ar.resx (Arabic).</summary>
internal sealed class LiveStrings;
