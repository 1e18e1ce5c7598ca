using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Meetings;

/// <summary>A directive as the secretariat words it at the meeting; it becomes a task through the task rules (<see cref="ToTask"/>).</summary>
public sealed class DirectiveDraft
{
    public string TextAr { get; set; } = "";

    /// <summary>Optional: a directive is given in Arabic; the task's English title repeats it when left blank.</summary>
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
