namespace Preparedness.Web.Features.Tasks;

/// <summary>
/// A task worded in a line by the secretariat — a meeting's directive, an agreement's commitment: one organisation owes
/// it by a date; it becomes a task through the task rules (<see cref="ToTask"/>).
/// </summary>
public sealed class ShortTaskDraft
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
