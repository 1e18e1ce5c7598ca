namespace Preparedness.Web.Features.Reminders.Digest;

/// <summary>A governorate's readiness forecast as the digest words it; <paramref name="Verdict"/> is the forecast's verdict by name.</summary>
public sealed record DigestForecast(string Verdict, DateOnly? ReachesOn, DateOnly? Deadline, decimal? NeedsPerWeek);

/// <summary>Where the digest reads the forecast from: the dashboard's trends provide it, as they provide readiness.</summary>
internal interface IDigestForecast
{
    Task<DigestForecast?> GovernorateAsync(int governorateId, CancellationToken ct);
}
