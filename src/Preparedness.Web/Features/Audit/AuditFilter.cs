using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Audit;

/// <summary>Filters of the audit page and its CSV export; dates are Cairo days, both ends included.</summary>
public sealed record AuditFilter(
    DateOnly? From = null,
    DateOnly? To = null,
    string? User = null,
    string? Action = null,
    string? EntityType = null,
    string? EntityId = null,
    string? Text = null,
    int? GovernorateId = null)
{
    internal DateTimeOffset? FromInstant => From is { } day ? StartOfCairoDay(day) : null;

    internal DateTimeOffset? ToInstant => To is { } day ? StartOfCairoDay(day.AddDays(1)) : null;

    private static DateTimeOffset StartOfCairoDay(DateOnly day) =>
        new(TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), CairoTime.Zone), TimeSpan.Zero);
}

public sealed record AuditRow(
    long Id, DateTimeOffset At, string UserName, string? IpAddress, string Action, string EntityType, string? EntityId,
    int? GovernorateId, string? GovernorateNameAr, string? GovernorateNameEn, IReadOnlyList<FieldChange> Changes, string? Note);

public sealed record AuditPage(IReadOnlyList<AuditRow> Rows, int Total);
