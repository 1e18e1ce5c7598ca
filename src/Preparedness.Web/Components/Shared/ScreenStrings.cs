namespace Preparedness.Web.Components.Shared;

/// <summary>Marker for strings of the shared screen parts (tables, filters, landmarks): ScreenStrings.resx (English) and ScreenStrings.ar.resx (Arabic).</summary>
internal sealed class ScreenStrings;
