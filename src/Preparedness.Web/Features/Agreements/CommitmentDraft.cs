using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Agreements;

/// <summary>A commitment as the secretariat words it: one party owes it by a date; it becomes a task through the task rules.</summary>
public sealed class CommitmentDraft
{
    public string TextAr { get; set; } = "";

    /// <summary>Optional: the task's English title repeats the Arabic when left blank.</summary>
    public string? TextEn { get; set; }
    public int? OrganisationId { get; set; }
    public DateOnly? DueOn { get; set; }
    public TaskPriority Priority { get; set; } = TaskPriority.High;
    public TaskCategory Category { get; set; } = TaskCategory.Planning;

    internal TaskDraft ToTask() => new()
    {
        TitleAr = TextAr,
        TitleEn = string.IsNullOrWhiteSpace(TextEn) ? TextAr : TextEn,
        OrganisationId = OrganisationId,
        DueOn = DueOn,
        Priority = Priority,
        Category = Category,
    };
}
