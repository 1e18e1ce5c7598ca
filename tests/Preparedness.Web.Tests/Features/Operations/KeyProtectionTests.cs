using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Preparedness.Web.Features;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>Sign-in keys written to the database: encrypted with the configured certificate; plain in Development, without a false alarm.</summary>
public sealed class KeyProtectionTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("preparedness-keys-").FullName;

    [Fact]
    public async Task With_a_certificate_the_stored_key_is_encrypted_and_still_unprotects()
    {
        var (keys, warnings) = await ProtectOnceAsync(new()
        {
            ["Preparedness:DataProtection:CertificatePath"] = TestCertificates.WritePfx(folder),
            ["Preparedness:DataProtection:CertificatePassword"] = TestCertificates.Password,
        });

        var key = Assert.Single(keys);
        Assert.Contains("EncryptedXmlDecryptor", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<value>", key, StringComparison.Ordinal);
        Assert.DoesNotContain(warnings, w => w.Contains("No XML encryptor", StringComparison.Ordinal));
    }

    [Fact]
    public async Task In_development_without_a_certificate_the_key_is_plain_and_no_warning_is_logged()
    {
        var (keys, warnings) = await ProtectOnceAsync([]);

        Assert.Contains("<value>", Assert.Single(keys), StringComparison.Ordinal);
        Assert.DoesNotContain(warnings, w => w.Contains("No XML encryptor", StringComparison.Ordinal));
    }

    private static async Task<(List<string> Keys, List<string> Warnings)> ProtectOnceAsync(Dictionary<string, string?> settings)
    {
        var connectionString = await TestDatabases.CreateMigratedAsync("keys");
        settings["ConnectionStrings:Preparedness"] = connectionString;
        settings["Preparedness:Jobs:Enabled"] = "false";
        var logs = new LogCapture();
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Development" });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders().AddProvider(logs);
        builder.Services.AddPreparedness(builder.Configuration);
        await using (var app = builder.Build())
        {
            var protector = app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("test");
            Assert.Equal("secret", protector.Unprotect(protector.Protect("secret")));
        }

        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand("SELECT xml FROM data_protection_keys", connection);
        await using var reader = await command.ExecuteReaderAsync();
        List<string> keys = [];
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }

        return (keys, [.. logs.Warnings]);
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
