using System.Text.RegularExpressions;
using Preparedness.Web.Features.Organisations;

namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>The library form: a new item or the next revision of one. Mutable so the form can bind to it.</summary>
public sealed partial class LibraryDraft
{
    public string Code { get; set; } = "";
    public string TitleAr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string? DescriptionAr { get; set; }
    public string? DescriptionEn { get; set; }
    public TaskCategory Category { get; set; } = TaskCategory.Planning;
    public TaskPriority Priority { get; set; } = TaskPriority.Normal;
    public MeasureKind Measure { get; set; } = MeasureKind.DoneOrNot;
    public decimal? Target { get; set; }
    public string? UnitAr { get; set; }
    public string? UnitEn { get; set; }
    public OrganisationKind OwnerKind { get; set; } = OrganisationKind.Directorate;
    public int LeadTimeDays { get; set; }
    public LibraryPhase Phase { get; set; } = LibraryPhase.PreSeason;

    public string NormalCode => Code.Trim().ToUpperInvariant();

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (NormalCode.Length is 0 or > LibraryItem.MaxCodeLength || !CodePattern().IsMatch(NormalCode)) errors.Add("Library.CodeInvalid");
        if (string.IsNullOrWhiteSpace(TitleAr) || string.IsNullOrWhiteSpace(TitleEn)) errors.Add("Validation.TitleRequired");
        if (TitleAr.Length > LibraryItem.MaxTitleLength || TitleEn.Length > LibraryItem.MaxTitleLength
            || DescriptionAr?.Length > LibraryItem.MaxDescriptionLength || DescriptionEn?.Length > LibraryItem.MaxDescriptionLength
            || UnitAr?.Length > 60 || UnitEn?.Length > 60) errors.Add("Validation.TextTooLong");
        if (!Enum.IsDefined(Category) || !Enum.IsDefined(Priority) || !Enum.IsDefined(Measure)
            || !Enum.IsDefined(OwnerKind) || !Enum.IsDefined(Phase)) errors.Add("Validation.ChoiceInvalid");
        if (Measure == MeasureKind.Quantity && Target is null or <= 0 or > 1_000_000_000m) errors.Add("Validation.TargetInvalid");
        if (LeadTimeDays is < -365 or > 365) errors.Add("Library.LeadTimeInvalid");
        return errors;
    }

    internal static LibraryDraft From(LibraryItem i) => new()
    {
        Code = i.Code, TitleAr = i.TitleAr, TitleEn = i.TitleEn, DescriptionAr = i.DescriptionAr, DescriptionEn = i.DescriptionEn,
        Category = i.Category, Priority = i.Priority, Measure = i.Measure, Target = i.Target, UnitAr = i.UnitAr, UnitEn = i.UnitEn,
        OwnerKind = i.OwnerKind, LeadTimeDays = i.LeadTimeDays, Phase = i.Phase,
    };

    [GeneratedRegex("^[A-Z0-9][A-Z0-9_-]*$")]
    private static partial Regex CodePattern();
}
