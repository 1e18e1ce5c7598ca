namespace Preparedness.Web.Features.Operations.Configuration;

/// <summary>
/// Settings under <c>Preparedness:DataProtection</c>: the certificate that encrypts the data-protection
/// keys kept in the database, so that a copy of the database alone cannot forge sign-in cookies.
/// </summary>
internal sealed class KeyProtectionOptions
{
    public const string Section = "Preparedness:DataProtection";

    /// <summary>A PKCS#12 file (.pfx) with the certificate and its private key, e.g. a mounted secret.</summary>
    public string? CertificatePath { get; set; }

    public string? CertificatePassword { get; set; }

    /// <summary>Older certificates, comma-separated paths (same password): keys they encrypted stay readable after a rotation.</summary>
    public string? PreviousCertificatePaths { get; set; }

    /// <summary>Outside Development the app refuses to start without a certificate unless this says the risk is accepted.</summary>
    public bool AllowUnprotectedKeys { get; set; }
}
