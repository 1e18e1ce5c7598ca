using System.Text.Json;

namespace Preparedness.Web.Features.Tasks.Pages;

/// <summary>
/// The unsaved input of a task's progress form as the browser keeps it: the values, the task version they were
/// typed against (a save after a reload still meets someone else's change as a conflict) and the save's
/// idempotency key (a save that landed just before the page went is answered "already saved").
/// </summary>
public sealed record ProgressDraft(TaskStatus Status, decimal? Achieved, string? BlockedReason, string? Note, uint Version, Guid Key)
{
    public string ToJson() => JsonSerializer.Serialize(this);

    /// <summary>What the browser gave back, if it is a draft this form could have written; anything else is dropped.</summary>
    public static ProgressDraft? Parse(string? json)
    {
        if (string.IsNullOrEmpty(json) || json.Length > 8000)
        {
            return null;
        }

        try
        {
            var draft = JsonSerializer.Deserialize<ProgressDraft>(json);
            return draft is not null && draft.Key != Guid.Empty && ProgressUpdate.OwnerStatuses.Contains(draft.Status)
                && (draft.Note is null || draft.Note.Length <= ProgressUpdate.MaxNoteLength)
                && (draft.BlockedReason is null || draft.BlockedReason.Length <= 1000)
                && draft.Achieved is null or (>= 0 and <= 1_000_000_000m)
                    ? draft
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
