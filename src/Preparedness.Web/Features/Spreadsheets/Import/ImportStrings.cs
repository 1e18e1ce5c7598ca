namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>Marker for the import's strings: ImportStrings.resx (English) and ImportStrings.ar.resx (Arabic).</summary>
internal sealed class ImportStrings;
