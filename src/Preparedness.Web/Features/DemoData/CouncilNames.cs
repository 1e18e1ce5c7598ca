using Preparedness.Web.Features.Governorates;

namespace Preparedness.Web.Features.DemoData;

/// <summary>Names a local unit's council the way officials write it: "مجلس مدينة إسنا", "رئاسة حي وسط".</summary>
internal static class CouncilNames
{
    private const string CentreAndCityAr = "مركز ومدينة ";

    public static (string Ar, string En) For(LocalUnit unit) => unit.Kind switch
    {
        LocalUnitKind.CentreAndCity => ($"مجلس مدينة {StripPrefix(unit.NameAr, CentreAndCityAr)}", $"{Plain(unit.NameEn)} council"),
        LocalUnitKind.District => ($"رئاسة {unit.NameAr}", $"{Plain(unit.NameEn)} administration"),
        _ => ($"مجلس {unit.NameAr}", $"{Plain(unit.NameEn)} council"),
    };

    private static string StripPrefix(string name, string prefix) =>
        name.StartsWith(prefix, StringComparison.Ordinal) ? name[prefix.Length..] : name;

    /// <summary>"Esna (centre & city)" → "Esna"; "Central District (Wasat)" → "Central District".</summary>
    private static string Plain(string name)
    {
        var bracket = name.IndexOf(" (", StringComparison.Ordinal);
        return bracket > 0 ? name[..bracket] : name;
    }
}
