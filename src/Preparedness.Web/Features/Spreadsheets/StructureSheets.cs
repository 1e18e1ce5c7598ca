using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Spreadsheets;

internal sealed record UnitSheetRow(string Code, string NameAr, string NameEn, LocalUnitKind Kind, string? ParentCode);

internal sealed record OrganisationSheetRow(string Code, string NameAr, string NameEn, OrganisationKind Kind, string? UnitCode);

/// <summary>A governorate's structure: its local units and its organisations, each referring to the other by code.</summary>
internal static class StructureSheets
{
    public const string Units = "units";
    public const string Organisations = "organisations";

    public static readonly IReadOnlyList<SheetColumn<UnitSheetRow>> UnitColumns =
    [
        new("code", r => r.Code),
        new("name_ar", r => r.NameAr),
        new("name_en", r => r.NameEn),
        new("kind", r => r.Kind),
        new("parent_code", r => r.ParentCode),
    ];

    public static readonly IReadOnlyList<SheetColumn<OrganisationSheetRow>> OrganisationColumns =
    [
        new("code", r => r.Code),
        new("name_ar", r => r.NameAr),
        new("name_en", r => r.NameEn),
        new("kind", r => r.Kind),
        new("unit_code", r => r.UnitCode),
    ];
}
