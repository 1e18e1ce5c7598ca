namespace Preparedness.Web.Features.Verification;

/// <summary>Marker for the verification texts, VerificationStrings.resx (English) and VerificationStrings.ar.resx (Arabic).</summary>
internal sealed class VerificationStrings;
