namespace Preparedness.Web.Features.Audit;

/// <summary>
/// Marker for the audit trail's words, AuditStrings.resx (English) and AuditStrings.ar.resx (Arabic): the one
/// place that turns action codes ("task.returned"), entity types and field names into words (<see cref="AuditWords"/>).
/// </summary>
internal sealed class AuditStrings;
