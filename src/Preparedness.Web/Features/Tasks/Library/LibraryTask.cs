namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>
/// One typical winter-readiness task from the researched library (tasks.json), already mapped to the
/// app's categories, measures and priorities so that a plan can be filled from it without re-reading the data.
/// </summary>
/// <param name="LeadTimeDays">Days before the season start; negative means after it. Zero for tasks
/// whose date is set from outside the season (phase "scheduled", e.g. the military drills).</param>
/// <param name="Phase">pre_season, pre_storm, in_season or scheduled, as in the data.</param>
public sealed record LibraryTask(
    string Code,
    string TitleAr,
    string TitleEn,
    string DescriptionAr,
    string DescriptionEn,
    TaskCategory Category,
    string OwnerKind,
    string TypicalOwnerCode,
    IReadOnlyList<string> AppliesTo,
    int LeadTimeDays,
    string Phase,
    MeasureKind Measure,
    decimal? Target,
    string? UnitAr,
    string? UnitEn,
    TaskPriority SuggestedPriority)
{
    public bool AppliesToGovernorate(string governorateCode) =>
        AppliesTo.Contains(governorateCode, StringComparer.OrdinalIgnoreCase);
}
