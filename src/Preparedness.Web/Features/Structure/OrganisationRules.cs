using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Structure;

internal static class OrganisationRules
{
    /// <summary>
    /// A local council runs one active unit of its governorate; no other kind names a unit. The caller says
    /// whether the unit named is one (the page asks the database by id, the import its map of codes).
    /// </summary>
    public static List<string> Kind(OrganisationKind kind, bool namesUnit, bool unitValid)
    {
        if (!Enum.IsDefined(kind)) return ["Structure.KindInvalid"];
        if (kind != OrganisationKind.LocalCouncil) return namesUnit ? ["Structure.UnitOnlyForCouncil"] : [];
        if (!namesUnit) return ["Structure.CouncilUnitRequired"];
        return unitValid ? [] : ["Structure.UnitInvalid"];
    }
}
