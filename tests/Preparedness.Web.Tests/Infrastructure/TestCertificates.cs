using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>A self-signed certificate with its key in a .pfx file, as an operator mounts one for the data-protection keys.</summary>
internal static class TestCertificates
{
    public const string Password = "test-pfx-password";

    public static string WritePfx(string directory)
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=preparedness-data-protection", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(TimeProvider.System.GetUtcNow().AddDays(-1), TimeProvider.System.GetUtcNow().AddYears(1));
        var path = Path.Combine(directory, "data-protection.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pfx, Password));
        return path;
    }
}
