using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Tasks.Library;

public enum LibraryPhase
{
    PreSeason,
    PreStorm,
    InSeason,
    Scheduled,
}

/// <summary>
/// One revision of a library item. An edit adds a revision and marks it current; old revisions stay,
/// and a task keeps the id of the revision it was made from, so editing the library never rewrites a
/// season's tasks. National items have no governorate (administrators keep them); a governorate's own
/// items belong to it (its secretariat keeps them).
/// </summary>
public sealed class LibraryItem
{
    public const int MaxCodeLength = 20;
    public const int MaxTitleLength = 400;
    public const int MaxDescriptionLength = 4000;

    public int Id { get; set; }
    public int? GovernorateId { get; set; }
    public required string Code { get; set; }
    public int Revision { get; set; } = 1;
    public bool IsCurrent { get; set; } = true;
    public required string TitleAr { get; set; }
    public required string TitleEn { get; set; }
    public string? DescriptionAr { get; set; }
    public string? DescriptionEn { get; set; }
    public TaskCategory Category { get; set; }
    public TaskPriority Priority { get; set; } = TaskPriority.Normal;
    public MeasureKind Measure { get; set; } = MeasureKind.DoneOrNot;
    public decimal? Target { get; set; }
    public string? UnitAr { get; set; }
    public string? UnitEn { get; set; }
    public OrganisationKind OwnerKind { get; set; }

    /// <summary>Days before the season starts (negative: after), or before the storm's window opens for <see cref="LibraryPhase.PreStorm"/>.</summary>
    public int LeadTimeDays { get; set; }
    public LibraryPhase Phase { get; set; }

    /// <summary>Governorate codes a national item is meant for; empty means every governorate. Unused for a governorate's own item.</summary>
    public List<string> AppliesTo { get; set; } = [];

    public DateTimeOffset CreatedAt { get; set; }
    public required string CreatedByName { get; set; }

    public bool IsNational => GovernorateId is null;

    internal bool AppliesToGovernorate(int governorateId, string governorateCode) =>
        GovernorateId == governorateId
        || (GovernorateId is null && (AppliesTo.Count == 0 || AppliesTo.Contains(governorateCode, StringComparer.OrdinalIgnoreCase)));
}
