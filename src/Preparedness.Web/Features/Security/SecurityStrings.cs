namespace Preparedness.Web.Features.Security;

/// <summary>Marker for the messages about unusable input: SecurityStrings.resx (English) and SecurityStrings.ar.resx (Arabic).</summary>
internal sealed class SecurityStrings;
