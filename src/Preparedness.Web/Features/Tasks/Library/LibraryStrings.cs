namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>Marker for the library's resource set, LibraryStrings.resx (English) and LibraryStrings.ar.resx (Arabic).</summary>
internal sealed class LibraryStrings;
