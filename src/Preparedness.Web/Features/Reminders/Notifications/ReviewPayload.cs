using System.Text.Json;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>What a "your work was returned" or "verified" notification carries besides the task: the reviewer's comment, if any.</summary>
public static class ReviewPayload
{
    /// <summary>The payload's key, for the statement that writes it.</summary>
    public const string CommentKey = "comment";

    public static string? CommentOf(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return null;
        }

        using var json = JsonDocument.Parse(payload);
        return json.RootElement.TryGetProperty(CommentKey, out var comment) ? comment.GetString() : null;
    }
}
