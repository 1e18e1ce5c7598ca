namespace Preparedness.Web.Features.Resources;

/// <summary>Marker for the resources' texts, ResourceStrings.resx (English) and ResourceStrings.ar.resx (Arabic).</summary>
internal sealed class ResourceStrings;
