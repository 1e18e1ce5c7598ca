using System.Text.Json;

namespace Preparedness.Web.Features.Reminders.Notifications;

/// <summary>What an agreement-review notification carries: which agreement, in both languages.</summary>
public sealed record AgreementPayload(int AgreementId, string TitleAr, string TitleEn)
{
    public static AgreementPayload? FromJson(string? payload) =>
        string.IsNullOrEmpty(payload) ? null : JsonSerializer.Deserialize<AgreementPayload>(payload, Options);

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web);
}
