namespace Preparedness.Web.Features.Reminders;

/// <summary>Marker for the reminders' resource set, ReminderStrings.resx (English) and ReminderStrings.ar.resx (Arabic).</summary>
internal sealed class ReminderStrings;
