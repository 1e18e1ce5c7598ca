using System.Text.Json;

namespace Preparedness.Web.Features.DemoData;

/// <summary>The researched governorates, organisations and storms, read from the embedded Seed/*.json.</summary>
internal sealed record SeedFiles(
    IReadOnlyList<SeedGovernorate> Governorates,
    IReadOnlyList<SeedOrganisation> Organisations,
    IReadOnlyList<SeedStorm> Storms,
    IReadOnlyList<string> StormsApplyTo)
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
    };

    public static SeedFiles Load()
    {
        var storms = Read<StormFile>("storms.json");
        return new SeedFiles(
            Read<GovernorateFile>("governorates.json").Governorates,
            Read<DirectorateFile>("directorates.json").Directorates,
            storms.Storms,
            storms.AppliesTo);
    }

    public IReadOnlyList<SeedStorm> StormsFor(string governorateCode) =>
        StormsApplyTo.Contains(governorateCode) ? Storms : [];

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

    private sealed record StormFile(IReadOnlyList<SeedStorm> Storms, IReadOnlyList<string> AppliesTo);
}

internal sealed record SeedGovernorate(string Id, string NameAr, string NameEn, IReadOnlyList<SeedUnit> Units);

internal sealed record SeedUnit(string Id, string NameAr, string NameEn, string Kind, IReadOnlyList<SeedUnit>? SubUnits = null);

internal sealed record SeedOrganisation(string Id, string NameAr, string NameEn, string Kind, IReadOnlyList<string> AppliesTo);

/// <param name="ApproxStartMmdd">Traditional start, "MM-DD"; storms arrive days early or late.</param>
internal sealed record SeedStorm(string Id, string NameAr, string NameEn, string ApproxStartMmdd, string Season);
