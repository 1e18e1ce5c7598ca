namespace Preparedness.Web.Features.Agreements;

/// <summary>Marker for the agreements' texts, AgreementStrings.resx (English) and AgreementStrings.ar.resx (Arabic).</summary>
internal sealed class AgreementStrings;
