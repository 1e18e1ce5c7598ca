using System.Text.Json;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Reminders.Digest;

/// <summary>A governorate's morning digest, kept with its occurrence as JSON so that the text can be shown in any language later.</summary>
internal sealed record DigestPayload(
    decimal? Score,
    decimal? ScoreChange,
    decimal VerifiedShare,
    int Tasks,
    int Overdue,
    int AtRisk,
    int Stale,
    int AwaitingVerification,
    DigestChanges Changes,
    IReadOnlyList<DigestItem> WorstOverdue,
    DigestForecast? Forecast = null)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public string ToJson() => JsonSerializer.Serialize(this, Json);

    public static DigestPayload? FromJson(string? json) => json is null ? null : JsonSerializer.Deserialize<DigestPayload>(json, Json);
}

/// <summary>What happened in the last day: tasks updated by owners, and the status changes that matter.</summary>
internal sealed record DigestChanges(int TasksUpdated, int ReportedDone, int Verified, int Returned, int NewlyOverdue)
{
    public static readonly DigestChanges None = new(0, 0, 0, 0, 0);
}

internal sealed record DigestItem(int TaskId, string TitleAr, string TitleEn, string OrganisationNameAr, string OrganisationNameEn, int DaysLate, TaskPriority Priority);
