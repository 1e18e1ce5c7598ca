using Preparedness.Web.Features.Tasks.Evidence;

namespace Preparedness.Web.Features.Tasks;

/// <summary>What an owner records: status, achieved quantity, note. <see cref="Version"/> is the one they loaded.</summary>
public sealed record ProgressUpdate(TaskStatus Status, decimal? Achieved, string? BlockedReason, string? Note, uint Version)
{
    /// <summary>Photos or PDFs sent with the update; reporting done needs at least one on the task.</summary>
    public IReadOnlyList<EvidenceUpload> Evidence { get; init; } = [];

    /// <summary>Made when the form opens and kept until this input is saved: a repeat is recorded once.</summary>
    public Guid? IdempotencyKey { get; init; }

    public const int MaxNoteLength = 2000;

    /// <summary>Statuses an owner may set; verification and return come from reviewers.</summary>
    public static readonly IReadOnlyList<TaskStatus> OwnerStatuses =
        [TaskStatus.NotStarted, TaskStatus.InProgress, TaskStatus.Blocked, TaskStatus.ReportedDone];

    internal IReadOnlyList<string> Validate(ReadinessTask task)
    {
        var errors = new List<string>();
        if (!OwnerStatuses.Contains(Status))
        {
            errors.Add("Validation.StatusNotAllowed");
        }

        if (task.Status == TaskStatus.Verified)
        {
            errors.Add("Validation.TaskVerified");
        }

        if (Status == TaskStatus.Blocked && string.IsNullOrWhiteSpace(BlockedReason))
        {
            errors.Add("Validation.BlockedReasonRequired");
        }

        if (task.Measure == MeasureKind.Quantity)
        {
            if (Achieved is null or < 0)
            {
                errors.Add("Validation.AchievedInvalid");
            }
            else if (Achieved > 1_000_000_000m)
            {
                errors.Add("Validation.AchievedTooLarge");
            }
            else if (Status == TaskStatus.ReportedDone && Achieved < task.Target)
            {
                errors.Add("Validation.DoneBelowTarget");
            }
        }

        if (Evidence.Count > EvidenceInspector.MaxFiles)
        {
            errors.Add("Evidence.TooMany");
        }

        if (Security.UntrustedText.HasControlCharacters(Note) || Security.UntrustedText.HasControlCharacters(BlockedReason))
        {
            errors.Add("Input.ControlCharacters");
        }

        if (Note?.Length > MaxNoteLength || BlockedReason?.Length > 1000)
        {
            errors.Add("Validation.NoteTooLong");
        }

        return errors;
    }
}
