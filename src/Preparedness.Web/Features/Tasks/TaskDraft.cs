namespace Preparedness.Web.Features.Tasks;

/// <summary>The secretariat's form for creating or editing a task; mutable so the form can bind to it.</summary>
public sealed class TaskDraft
{
    public string TitleAr { get; set; } = "";
    public string TitleEn { get; set; } = "";
    public string? DescriptionAr { get; set; }
    public string? DescriptionEn { get; set; }
    public int? OrganisationId { get; set; }
    public int? LocalUnitId { get; set; }
    public TaskCategory Category { get; set; } = TaskCategory.Planning;
    public TaskPriority Priority { get; set; } = TaskPriority.Normal;
    public DateOnly? DueOn { get; set; }
    public string? StormCode { get; set; }
    public MeasureKind Measure { get; set; } = MeasureKind.DoneOrNot;
    public decimal? Target { get; set; }
    public string? UnitAr { get; set; }
    public string? UnitEn { get; set; }

    public IReadOnlyList<string> Validate()
    {
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(TitleAr) || string.IsNullOrWhiteSpace(TitleEn))
        {
            errors.Add("Validation.TitleRequired");
        }

        if (TitleAr.Length > 400 || TitleEn.Length > 400 || DescriptionAr?.Length > 4000 || DescriptionEn?.Length > 4000)
        {
            errors.Add("Validation.TextTooLong");
        }

        if (OrganisationId is null)
        {
            errors.Add("Validation.OrganisationRequired");
        }

        if (DueOn is null)
        {
            errors.Add("Validation.DueDateRequired");
        }

        if (!Enum.IsDefined(Category) || !Enum.IsDefined(Priority) || !Enum.IsDefined(Measure))
        {
            errors.Add("Validation.ChoiceInvalid");
        }

        if (Measure == MeasureKind.Quantity && Target is null or <= 0 or > 1_000_000_000m)
        {
            errors.Add("Validation.TargetInvalid");
        }

        if (UnitAr?.Length > 60 || UnitEn?.Length > 60)
        {
            errors.Add("Validation.TextTooLong");
        }

        return errors;
    }

    internal static TaskDraft From(TaskDetails t) => new()
    {
        TitleAr = t.TitleAr,
        TitleEn = t.TitleEn,
        DescriptionAr = t.DescriptionAr,
        DescriptionEn = t.DescriptionEn,
        OrganisationId = t.OrganisationId,
        LocalUnitId = t.LocalUnitId,
        Category = t.Category,
        Priority = t.Priority,
        DueOn = t.DueOn,
        StormCode = t.StormCode,
        Measure = t.Measure,
        Target = t.Target,
        UnitAr = t.MeasureUnitAr,
        UnitEn = t.MeasureUnitEn,
    };
}
