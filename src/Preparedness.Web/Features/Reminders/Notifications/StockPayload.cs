using System.Text.Json;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>What a low-stock notification carries: where, what, and how many days of supply were left when it went low.</summary>
public sealed record StockPayload(string PlaceAr, string PlaceEn, string Item, decimal? Days, int UnitsOnHand)
{
    public string ToJson() => JsonSerializer.Serialize(this, Options);

    public static StockPayload? FromJson(string? payload) =>
        string.IsNullOrEmpty(payload) ? null : JsonSerializer.Deserialize<StockPayload>(payload, Options);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
