using System.Text.Json;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>One task of a bundled notification, as it stood when the notification was written.</summary>
public sealed record BundledTask(int Id, string TitleAr, string TitleEn, int Days, DateOnly DueOn);

/// <summary>What a notification bundled per organisation carries: its tasks, the latest first (see NotificationWriter).</summary>
public static class BundlePayload
{
    /// <summary>The payload's key, for the statement that writes it.</summary>
    public const string TasksKey = "tasks";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static IReadOnlyList<BundledTask> TasksOf(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return [];
        }

        using var json = JsonDocument.Parse(payload);
        return json.RootElement.TryGetProperty(TasksKey, out var tasks)
            ? tasks.Deserialize<List<BundledTask>>(Json) ?? []
            : [];
    }
}
