using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>The app's own registrations in a host of the given environment: a mistake stops it at start, with a message saying what to set.</summary>
public sealed class StartupRefusalTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("preparedness-refusal-").FullName;

    [Theory]
    [InlineData("Preparedness:PublicBaseUrl", null, "Preparedness:PublicBaseUrl is not set")]
    [InlineData("Preparedness:PublicBaseUrl", "", "Preparedness:PublicBaseUrl is not set")]
    [InlineData("Preparedness:Security:RequireTwoFactorForRoles", "Administrator,Secretariet", "\"Secretariet\"")]
    [InlineData("Preparedness:DataProtection:CertificatePath", null, "CertificatePath is not set")]
    [InlineData("ConnectionStrings:PreparednessListen", "Host=db;Multiplexing=true", "must not use Multiplexing")]
    [InlineData("ConnectionStrings:PreparednessListen", "Hots=db", "not a valid PostgreSQL connection string")]
    public async Task A_production_mistake_stops_the_app_at_start_with_a_clear_message(string key, string? value, string message)
    {
        var settings = ProductionSettings();
        Set(settings, key, value);

        var refusal = await Assert.ThrowsAsync<OptionsValidationException>(() => StartAsync("Production", settings));

        Assert.Contains(message, refusal.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_complete_production_configuration_starts()
    {
        await StartAsync("Production", ProductionSettings());
    }

    [Fact]
    public async Task Development_needs_neither_a_public_address_nor_a_certificate()
    {
        var settings = ProductionSettings();
        settings.Remove("Preparedness:PublicBaseUrl");
        settings.Remove("Preparedness:DataProtection:CertificatePath");

        await StartAsync("Development", settings);
    }

    [Fact]
    public async Task Unprotected_keys_are_accepted_outside_development_only_when_said_so()
    {
        var settings = ProductionSettings();
        settings.Remove("Preparedness:DataProtection:CertificatePath");
        settings["Preparedness:DataProtection:AllowUnprotectedKeys"] = "true";

        await StartAsync("Production", settings);
    }

    /// <summary>No value: the setting is absent, as when nobody set it.</summary>
    private static void Set(Dictionary<string, string?> settings, string key, string? value)
    {
        if (value is null)
        {
            settings.Remove(key);
        }
        else
        {
            settings[key] = value;
        }
    }

    private Dictionary<string, string?> ProductionSettings() => new()
    {
        // Never reached: a refused start stops before anything connects, and a good one is stopped at once.
        ["ConnectionStrings:Preparedness"] = "Host=127.0.0.1;Port=1;Database=none;Timeout=1",
        ["Preparedness:Jobs:Enabled"] = "false",
        ["Preparedness:PublicBaseUrl"] = "https://preparedness.example.gov.eg/",
        ["Preparedness:Security:RequireTwoFactorForRoles"] = "Administrator,secretariat",
        ["Preparedness:DataProtection:CertificatePath"] = TestCertificates.WritePfx(folder),
        ["Preparedness:DataProtection:CertificatePassword"] = TestCertificates.Password,
    };

    private static async Task StartAsync(string environment, Dictionary<string, string?> settings)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = environment });
        builder.Configuration.AddInMemoryCollection(settings);
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Services.AddPreparedness(builder.Configuration);
        await using var app = builder.Build();
        await app.StartAsync();
        await app.StopAsync();
    }

    public void Dispose() => Directory.Delete(folder, recursive: true);
}
