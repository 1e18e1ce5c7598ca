using Preparedness.Web.Features.Reminders.Digest;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>The morning digest's forecast line: the governorate's forecast, as the dashboard shows it.</summary>
internal sealed class DigestForecastFromTrends(ForecastReader reader) : IDigestForecast
{
    public async Task<DigestForecast?> GovernorateAsync(int governorateId, CancellationToken ct) =>
        (await reader.BoardAsync(governorateId, ct))?.Governorate.Forecast is { } f
            ? new DigestForecast($"{f.Verdict}", f.ReachesOn, f.Deadline, f.NeedsPerWeek)
            : null;
}
