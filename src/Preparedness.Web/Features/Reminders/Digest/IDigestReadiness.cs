namespace Preparedness.Web.Features.Reminders.Digest;

/// <summary>A governorate's overall readiness as the digest reports it: the dashboard's own figures.</summary>
public sealed record DigestReadiness(decimal? Score, decimal VerifiedShare, int Tasks, int Overdue, int AtRisk, int Stale, int AwaitingVerification);

/// <summary>
/// Where the digest reads readiness from. The dashboard provides it (it computes the figures), so the
/// digest says the same as the screen without the reminders depending on the dashboard.
/// </summary>
internal interface IDigestReadiness
{
    Task<DigestReadiness> OverallAsync(int governorateId, CancellationToken ct);
}
