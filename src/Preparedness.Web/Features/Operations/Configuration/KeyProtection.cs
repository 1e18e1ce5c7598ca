using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Preparedness.Web.Features.Operations.Configuration;

/// <summary>
/// Encrypts the data-protection keys at rest with the configured certificate. Without one: refused at
/// start outside Development (unless explicitly allowed); in Development and tests the keys of a
/// throwaway database stay plain and the framework's warning about it is not shown.
/// </summary>
internal static class KeyProtection
{
    public static IServiceCollection AddKeyProtection(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(KeyProtectionOptions.Section).Get<KeyProtectionOptions>() ?? new();
        services.AddOptions<KeyProtectionOptions>().BindConfiguration(KeyProtectionOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<KeyProtectionOptions>, KeyProtectionRequired>();
        if (string.IsNullOrWhiteSpace(options.CertificatePath))
        {
            services.AddLogging(logging => logging.AddFilter("Microsoft.AspNetCore.DataProtection.KeyManagement.XmlKeyManager", LogLevel.Error));
            return services;
        }

        var builder = services.AddDataProtection().ProtectKeysWithCertificate(Load(options.CertificatePath, options.CertificatePassword));
        var previous = (options.PreviousCertificatePaths ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (previous.Length > 0)
        {
            builder.UnprotectKeysWithAnyCertificate([.. previous.Select(path => Load(path, options.CertificatePassword))]);
        }

        return services;
    }

    private static X509Certificate2 Load(string path, string? password)
    {
        try
        {
            var certificate = X509CertificateLoader.LoadPkcs12FromFile(path, password, X509KeyStorageFlags.EphemeralKeySet);
            return certificate.HasPrivateKey
                ? certificate
                : throw new InvalidOperationException($"{KeyProtectionOptions.Section}: {path} holds no private key.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or System.Security.Cryptography.CryptographicException)
        {
            throw new InvalidOperationException($"{KeyProtectionOptions.Section}: cannot read the certificate {path}: {ex.Message}", ex);
        }
    }

    private sealed class KeyProtectionRequired(IServiceProvider services) : IValidateOptions<KeyProtectionOptions>
    {
        public ValidateOptionsResult Validate(string? name, KeyProtectionOptions options) =>
            string.IsNullOrWhiteSpace(options.CertificatePath) && !options.AllowUnprotectedKeys
                && services.GetService<IHostEnvironment>() is { } environment && !environment.IsDevelopment()
                ? ValidateOptionsResult.Fail(
                    $"{KeyProtectionOptions.Section}:CertificatePath is not set: the sign-in keys would be stored unencrypted in the database, and a copy of it could forge sign-ins. "
                    + $"Give a .pfx (CertificatePath, CertificatePassword), or set {KeyProtectionOptions.Section}:AllowUnprotectedKeys=true to accept the risk.")
                : ValidateOptionsResult.Success;
    }
}
