using System.Text.Json;

namespace Preparedness.Web.Features.DemoData;

/// <summary>The researched governorates and organisations, read from the embedded Seed/*.json.</summary>
internal sealed record SeedFiles(
    IReadOnlyList<SeedGovernorate> Governorates,
    IReadOnlyList<SeedOrganisation> Organisations)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static SeedFiles Load() => new(
        Read<GovernorateFile>("governorates.json").Governorates,
        Read<DirectorateFile>("directorates.json").Directorates);

    private static T Read<T>(string fileName)
    {
        var assembly = typeof(SeedFiles).Assembly;
        var suffix = ".Features.DemoData.Seed." + fileName;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(suffix, StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidDataException($"{fileName} is empty.");
    }

    private sealed record GovernorateFile(IReadOnlyList<SeedGovernorate> Governorates);

    private sealed record DirectorateFile(IReadOnlyList<SeedOrganisation> Directorates);
}

internal sealed record SeedGovernorate(string Id, string NameAr, string NameEn, IReadOnlyList<SeedUnit> Units);

internal sealed record SeedUnit(string Id, string NameAr, string NameEn, string Kind, IReadOnlyList<SeedUnit>? SubUnits = null);

internal sealed record SeedOrganisation(string Id, string NameAr, string NameEn, string Kind, IReadOnlyList<string> AppliesTo);
