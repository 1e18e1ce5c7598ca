using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Plans;

namespace Preparedness.Benchmarks.Generation;

/// <summary>One governorate's places and bodies, with ids fixed up front so that tasks can refer to them without a round trip.</summary>
internal sealed record GovernorateStructure(
    Governorate Governorate,
    SeasonPlan Plan,
    IReadOnlyList<LocalUnit> Units,
    IReadOnlyList<Organisation> Councils,
    IReadOnlyList<Organisation> Bodies);

internal static class NationalStructure
{
    public const int UnitsPerGovernorate = 10;
    public const int BodiesPerGovernorate = 35;
    public static readonly DateOnly PlanStart = new(2026, 10, 1);

    private static readonly string[] Ordinals = ["الأول", "الثاني", "الثالث", "الرابع", "الخامس", "السادس", "السابع"];

    public static IReadOnlyList<GovernorateStructure> Build()
    {
        // The researched directorates give real body names; the "local units" entry becomes the councils instead.
        var bodies = SeedFiles.Load().Organisations
            .Where(o => o.Id != DemoStructure.LocalUnitsCode)
            .Take(BodiesPerGovernorate)
            .ToList();
        return [.. EgyptGovernorates.Names.Select((name, index) => Build(index + 1, name, bodies))];
    }

    private static GovernorateStructure Build(int number, (string Ar, string En) name, IReadOnlyList<SeedOrganisation> bodies)
    {
        var governorate = new Governorate { Id = number, Code = EgyptGovernorates.Code(number), NameAr = $"محافظة {name.Ar}", NameEn = $"{name.En} Governorate" };
        var plan = new SeasonPlan
        {
            Id = number,
            GovernorateId = number,
            NameAr = $"خطة الشتاء {PlanStart.Year}/{PlanStart.Year + 1}",
            NameEn = $"Winter {PlanStart.Year}/{(PlanStart.Year + 1) % 100:00}",
            StartsOn = PlanStart,
        };

        // A capital city with two districts, then centres and cities: the usual shape of a governorate.
        var firstUnit = (number - 1) * UnitsPerGovernorate;
        var city = Unit(firstUnit + 1, number, "city", $"مدينة {name.Ar}", $"{name.En} City", LocalUnitKind.City, null);
        List<LocalUnit> units =
        [
            city,
            Unit(firstUnit + 2, number, "district-1", $"حي أول {name.Ar}", $"{name.En} First District", LocalUnitKind.District, city.Id),
            Unit(firstUnit + 3, number, "district-2", $"حي ثان {name.Ar}", $"{name.En} Second District", LocalUnitKind.District, city.Id),
        ];
        for (var i = 0; units.Count < UnitsPerGovernorate; i++)
        {
            units.Add(Unit(firstUnit + units.Count + 1, number, $"centre-{i + 1}", $"مركز ومدينة {name.Ar} {Ordinals[i]}", $"{name.En} Centre {i + 1}", LocalUnitKind.CentreAndCity, null));
        }

        var firstOrganisation = (number - 1) * (UnitsPerGovernorate + BodiesPerGovernorate);
        var councils = units.Select((unit, i) =>
        {
            var (ar, en) = CouncilNames.For(unit);
            return new Organisation
            {
                Id = firstOrganisation + i + 1, GovernorateId = number, LocalUnitId = unit.Id,
                Code = unit.Code, NameAr = ar, NameEn = en, Kind = OrganisationKind.LocalCouncil,
            };
        }).ToList();
        var others = bodies.Select((body, i) => new Organisation
        {
            Id = firstOrganisation + UnitsPerGovernorate + i + 1, GovernorateId = number,
            Code = body.Id, NameAr = body.NameAr, NameEn = body.NameEn, Kind = Kind(body.Kind),
        }).ToList();
        return new GovernorateStructure(governorate, plan, units, councils, others);
    }

    private static LocalUnit Unit(int id, int governorateId, string code, string ar, string en, LocalUnitKind kind, int? parentId) =>
        new() { Id = id, GovernorateId = governorateId, ParentId = parentId, Code = code, NameAr = ar, NameEn = en, Kind = kind };

    private static OrganisationKind Kind(string seedKind) => seedKind switch
    {
        "governorate_office" => OrganisationKind.GovernorateOffice,
        "directorate" => OrganisationKind.Directorate,
        "company" => OrganisationKind.UtilityCompany,
        "authority" => OrganisationKind.Authority,
        "military" => OrganisationKind.Military,
        _ => OrganisationKind.Partner,
    };
}
