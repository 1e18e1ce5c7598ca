namespace Preparedness.Web.Features.Localization;

/// <summary>Marker for the app's one resource set, Strings.resx (English) and Strings.ar.resx (Arabic).</summary>
internal sealed class Strings;
