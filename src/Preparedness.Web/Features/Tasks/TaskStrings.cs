namespace Preparedness.Web.Features.Tasks;

/// <summary>Marker for the tasks' own strings: TaskStrings.resx (English) and TaskStrings.ar.resx (Arabic).</summary>
internal sealed class TaskStrings;
