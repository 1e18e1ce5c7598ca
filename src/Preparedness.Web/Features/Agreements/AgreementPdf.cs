using Preparedness.Web.Features.Tasks.Evidence;

namespace Preparedness.Web.Features.Agreements;

/// <summary>
/// The signed document must be a PDF, decided from its bytes as evidence files are (<see cref="PdfStructure"/>):
/// the "%PDF-" signature first, then the structure check evidence uses; never the file's name.
/// </summary>
internal static class AgreementPdf
{
    public const int MaxBytes = EvidenceInspector.MaxBytes;
    private static readonly byte[] Signature = "%PDF-"u8.ToArray();

    /// <summary>Null when the file is acceptable, otherwise the localized message's key.</summary>
    public static string? Refusal(EvidenceUpload upload) =>
        upload.Content.Length == 0 ? "Agreement.DocumentEmpty"
        : upload.Content.Length > MaxBytes ? "Agreement.DocumentTooLarge"
        : !upload.Content.AsSpan().StartsWith(Signature) || !PdfStructure.LooksComplete(upload.Content) ? "Agreement.DocumentNotPdf"
        : null;

    public static string FileName(EvidenceUpload upload)
    {
        var name = Path.GetFileName(upload.FileName.Trim());
        return string.IsNullOrEmpty(name) ? "agreement.pdf" : name[..Math.Min(name.Length, 200)];
    }
}
