using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Plans;

namespace Preparedness.Web.Features.DemoData;

/// <summary>One governorate's units, organisations and season plan, built from the seed files and not yet saved.</summary>
internal sealed class DemoStructure
{
    /// <summary>The generic "local units" body of the data; it becomes one council per unit.</summary>
    public const string LocalUnitsCode = "local-units";

    // National bodies that issue directives, forecasts or warnings to the governorate; the secretariat
    // cannot assign them a task, so they would only sit at zero in the per-organisation scores.
    private static readonly HashSet<string> NationalBodies =
        ["mold", "national-crisis-committee", "hcww", "irr-forecast", "ema"];

    private DemoStructure(Governorate governorate, SeasonPlan plan)
    {
        Governorate = governorate;
        Plan = plan;
    }

    public Governorate Governorate { get; }

    public SeasonPlan Plan { get; }

    public Dictionary<string, LocalUnit> Units { get; } = [];

    /// <summary>By code: the data id for directorates and companies, the unit id for councils.</summary>
    public Dictionary<string, Organisation> Organisations { get; } = [];

    /// <summary>The councils that take local tasks; NUCA new cities are coordination partners, not assignees.</summary>
    public List<Organisation> Councils { get; } = [];

    public static DemoStructure Build(SeedGovernorate seed, IEnumerable<SeedOrganisation> organisations, DateOnly planStart)
    {
        var governorate = new Governorate { Code = seed.Id, NameAr = seed.NameAr, NameEn = seed.NameEn };
        var plan = new SeasonPlan
        {
            Governorate = governorate,
            NameAr = $"خطة الشتاء {planStart.Year}/{planStart.Year + 1}",
            NameEn = $"Winter {planStart.Year}/{(planStart.Year + 1) % 100:00}",
            StartsOn = planStart,
            EndsOn = planStart.AddMonths(6).AddDays(-1),
        };
        var structure = new DemoStructure(governorate, plan);
        foreach (var unit in seed.Units)
        {
            var parent = structure.AddUnit(unit, null);
            foreach (var sub in unit.SubUnits ?? [])
            {
                structure.AddUnit(sub, parent);
            }
        }

        foreach (var organisation in organisations.Where(o => o.AppliesTo.Contains(seed.Id) && !NationalBodies.Contains(o.Id)))
        {
            if (organisation.Id == LocalUnitsCode)
            {
                structure.AddCouncils();
            }
            else
            {
                structure.Add(new Organisation
                {
                    Governorate = governorate,
                    Code = organisation.Id,
                    NameAr = organisation.NameAr,
                    NameEn = organisation.NameEn,
                    Kind = Kind(organisation),
                });
            }
        }

        return structure;
    }

    private LocalUnit AddUnit(SeedUnit seed, LocalUnit? parent)
    {
        var unit = new LocalUnit
        {
            Governorate = Governorate,
            Parent = parent,
            Code = seed.Id,
            NameAr = seed.NameAr,
            NameEn = seed.NameEn,
            Kind = seed.Kind switch
            {
                "center_city" => LocalUnitKind.CentreAndCity,
                "city" => LocalUnitKind.City,
                "district" => LocalUnitKind.District,
                "new_city" => LocalUnitKind.NewCity,
                _ => throw new InvalidDataException($"governorates.json has an unknown unit kind '{seed.Kind}'."),
            },
        };
        Governorate.LocalUnits.Add(unit);
        Units.Add(unit.Code, unit);
        return unit;
    }

    private void AddCouncils()
    {
        foreach (var unit in Units.Values.Where(u => u.Kind != LocalUnitKind.NewCity))
        {
            var (nameAr, nameEn) = CouncilNames.For(unit);
            var council = new Organisation
            {
                Governorate = Governorate,
                LocalUnit = unit,
                Code = unit.Code,
                NameAr = nameAr,
                NameEn = nameEn,
                Kind = OrganisationKind.LocalCouncil,
            };
            Add(council);
            Councils.Add(council);
        }
    }

    private void Add(Organisation organisation) => Organisations.Add(organisation.Code, organisation);

    // The equipment pool is run from the governorate's own offices, so it is one, not a council.
    private static OrganisationKind Kind(SeedOrganisation organisation) => organisation.Id == "mech-campaign"
        ? OrganisationKind.GovernorateOffice
        : organisation.Kind switch
        {
            "governorate_office" => OrganisationKind.GovernorateOffice,
            "directorate" => OrganisationKind.Directorate,
            "company" => OrganisationKind.UtilityCompany,
            "authority" => OrganisationKind.Authority,
            "military" => OrganisationKind.Military,
            "ngo" => OrganisationKind.Partner,
            _ => throw new InvalidDataException($"directorates.json has an unknown kind '{organisation.Kind}' for {organisation.Id}."),
        };
}
