namespace Preparedness.Web.Features.Seasons;

/// <summary>Marker for the seasons' resource set, SeasonStrings.resx (English) and SeasonStrings.ar.resx (Arabic).</summary>
internal sealed class SeasonStrings;
