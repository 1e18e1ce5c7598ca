namespace Preparedness.Web.Features.National;

/// <summary>Marker for the national view's strings: NationalStrings.resx (English) and NationalStrings.ar.resx (Arabic).</summary>
internal sealed class NationalStrings;
