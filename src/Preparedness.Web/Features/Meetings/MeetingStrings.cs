namespace Preparedness.Web.Features.Meetings;

/// <summary>Marker for the meetings' texts, MeetingStrings.resx (English) and MeetingStrings.ar.resx (Arabic).</summary>
internal sealed class MeetingStrings;
