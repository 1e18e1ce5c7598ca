using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Organisations;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Library;

namespace Preparedness.Web.Features.DemoData;

/// <summary>A library task placed with its owner in one governorate, before dates and statuses are chosen.</summary>
internal sealed record DemoTaskDraft(
    LibraryTask Library,
    Organisation Owner,
    LocalUnit? Unit,
    MeasureKind Measure,
    decimal? Target,
    string? UnitAr,
    string? UnitEn)
{
    public bool IsCouncilTask => Owner.Kind == OrganisationKind.LocalCouncil;
}

internal static class DemoTaskDrafts
{
    // The library names Alexandria's companies as the typical owner of tasks that, in Luxor, one
    // water-and-wastewater company and the electricity sector carry.
    private static readonly Dictionary<(string Governorate, string Owner), string> LocalOwners = new()
    {
        [(DemoAccounts.Luxor, "sanitation-alex")] = "water-luxor",
        [(DemoAccounts.Luxor, "water-alex")] = "water-luxor",
        [(DemoAccounts.Luxor, "elec-alex")] = "elec-luxor",
    };

    // Where the library leaves the target to the secretariat ("100% of inventory", "all"), the demo
    // secretariat has set one, mostly from the figures in the news, so that the quantity journeys can be shown.
    private static readonly Dictionary<(string Governorate, string Code), decimal> SecretariatTargets = new()
    {
        [(DemoAccounts.Luxor, "T20")] = 150,
        [(DemoAccounts.Luxor, "T23")] = 24,
        [(DemoAccounts.Alexandria, "T20")] = 1500,
        [(DemoAccounts.Alexandria, "T29")] = 150,
        [(DemoAccounts.Alexandria, "T30")] = 1100,
        [(DemoAccounts.Alexandria, "T32")] = 160,
    };

    // Field work that happens in one known place, per the research notes.
    private static readonly Dictionary<(string Governorate, string Code), string> FieldUnits = new()
    {
        [(DemoAccounts.Luxor, "T19")] = "lx-qurna",
        [(DemoAccounts.Luxor, "T62")] = "lx-tod",
        [(DemoAccounts.Alexandria, "T37")] = "ax-west",
    };

    // A council's own copy of "update the risk map of every unit" is one map, not seven.
    private static readonly HashSet<string> UnitsCountingCouncils = ["units", "rooms"];

    public static List<DemoTaskDraft> For(DemoStructure structure, TaskLibrary library)
    {
        var governorate = structure.Governorate.Code;
        var drafts = new List<DemoTaskDraft>();
        foreach (var task in library.For(governorate))
        {
            if (task.TypicalOwnerCode == DemoStructure.LocalUnitsCode)
            {
                drafts.AddRange(structure.Councils.Select(c => CouncilDraft(task, c)));
                continue;
            }

            var owner = Owner(structure, task.TypicalOwnerCode);
            var unit = FieldUnits.TryGetValue((governorate, task.Code), out var unitCode) ? structure.Units[unitCode] : null;
            drafts.Add(SecretariatTargets.TryGetValue((governorate, task.Code), out var target) && task.UnitEn is not null
                ? new DemoTaskDraft(task, owner, unit, MeasureKind.Quantity, target, task.UnitAr, task.UnitEn)
                : new DemoTaskDraft(task, owner, unit, task.Measure, task.Target, task.UnitAr, task.UnitEn));
        }

        return drafts;
    }

    private static DemoTaskDraft CouncilDraft(LibraryTask task, Organisation council) =>
        task.UnitEn is { } unit && UnitsCountingCouncils.Contains(unit)
            ? new DemoTaskDraft(task, council, council.LocalUnit, MeasureKind.DoneOrNot, null, null, null)
            : new DemoTaskDraft(task, council, council.LocalUnit, task.Measure, task.Target, task.UnitAr, task.UnitEn);

    // A task whose owner the governorate does not have falls to the secretariat, which assigns it on;
    // dropping it would make the plan silently smaller than the library.
    private static Organisation Owner(DemoStructure structure, string ownerCode)
    {
        var code = LocalOwners.GetValueOrDefault((structure.Governorate.Code, ownerCode), ownerCode);
        return structure.Organisations.GetValueOrDefault(code) ?? structure.Organisations["gov-secretariat"];
    }
}
