using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>
/// The researched tasks (tasks.json) as the first revision of the national library. The migration
/// <c>SeasonsAndLibrary</c> inserted exactly these rows; a test keeps the two in agreement.
/// </summary>
internal static class LibrarySeed
{
    public const string SeededBy = "tasks.json";

    public static OrganisationKind OwnerKind(string dataOwnerKind) => dataOwnerKind switch
    {
        "local_unit" => OrganisationKind.LocalCouncil,
        "directorate" => OrganisationKind.Directorate,
        "company" => OrganisationKind.UtilityCompany,
        "authority" => OrganisationKind.Authority,
        "military" => OrganisationKind.Military,
        "ngo" => OrganisationKind.Partner,
        "governorate_office" => OrganisationKind.GovernorateOffice,
        _ => throw new InvalidDataException($"tasks.json has an unknown owner kind '{dataOwnerKind}'."),
    };

    public static LibraryPhase Phase(string dataPhase) => dataPhase switch
    {
        "pre_season" => LibraryPhase.PreSeason,
        "pre_storm" => LibraryPhase.PreStorm,
        "in_season" => LibraryPhase.InSeason,
        "scheduled" => LibraryPhase.Scheduled,
        _ => throw new InvalidDataException($"tasks.json has an unknown phase '{dataPhase}'."),
    };

    public static LibraryItem ToItem(LibraryTask t, DateTimeOffset at) => new()
    {
        Code = t.Code,
        TitleAr = t.TitleAr,
        TitleEn = t.TitleEn,
        DescriptionAr = t.DescriptionAr,
        DescriptionEn = t.DescriptionEn,
        Category = t.Category,
        Priority = t.SuggestedPriority,
        Measure = t.Measure,
        Target = t.Target,
        UnitAr = t.UnitAr,
        UnitEn = t.UnitEn,
        OwnerKind = OwnerKind(t.OwnerKind),
        LeadTimeDays = t.LeadTimeDays,
        Phase = Phase(t.Phase),
        AppliesTo = [.. t.AppliesTo],
        CreatedAt = at,
        CreatedByName = SeededBy,
    };
}
