using System.Text.Json;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>
/// What a "not reported" reminder for stock carries: what is held (a resource type, a blood group), where, and
/// how many days ago it was last checked (null: never). Written by the reminder's SQL as JSON with these names.
/// </summary>
public sealed record StalePayload(string ItemAr, string ItemEn, string PlaceAr, string PlaceEn, int? Days)
{
    public static StalePayload? FromJson(string? payload) =>
        string.IsNullOrEmpty(payload) ? null : JsonSerializer.Deserialize<StalePayload>(payload, Options);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

/// <summary>Stale entries told as one notification per organisation: the payload lists each entry's <see cref="StalePayload"/>.</summary>
public static class StaleBundle
{
    public const string ItemsKey = "items";

    /// <summary>The items of a bundle, most days of silence first; a single reminder's own payload as one item.</summary>
    public static IReadOnlyList<StalePayload> ItemsOf(string? payload)
    {
        if (string.IsNullOrEmpty(payload))
        {
            return [];
        }

        using var json = JsonDocument.Parse(payload);
        return json.RootElement.TryGetProperty(ItemsKey, out var items)
            ? [.. items.EnumerateArray().Select(i => i.Deserialize<StalePayload>(Options)!)]
            : [StalePayload.FromJson(payload)!];
    }

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}

/// <summary>What a gap escalation carries: the local unit, the type, its minimum and what works against it.</summary>
public sealed record GapPayload(string UnitAr, string UnitEn, string TypeAr, string TypeEn, int Minimum, int Working)
{
    public int Gap => Math.Max(0, Minimum - Working);

    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static GapPayload? FromJson(string? payload) =>
        string.IsNullOrEmpty(payload) ? null : JsonSerializer.Deserialize<GapPayload>(payload, Options);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
