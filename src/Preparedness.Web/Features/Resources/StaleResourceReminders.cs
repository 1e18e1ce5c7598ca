using Npgsql;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Resources;

/// <summary>
/// Every entry not checked within <see cref="ResourcesOptions.StaleAfterDays"/> (the gap's own "not reported",
/// <see cref="ResourceGaps.NotReportedSql"/>) reminds its holder's heads, once per period of silence, told as one notification per organisation listing its entries: the key names
/// the last check and how many periods have passed since, so a second run finds it taken, and a check re-arms it.
/// </summary>
internal static class StaleResourceReminders
{
    public static ReminderBatch Batch(DateTimeOffset now, ResourcesOptions options) => new(
        ReminderKind.StaleResource,
        $"""
        SELECT '{ReminderKind.StaleResource}', e.governorate_id, NULL::int, e.organisation_id,
               'resource:' || e.id || ':since:' || to_char(e.last_checked_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS') || ':' || (d.days / @stale_days),
               d.days, NULL::date, NULL::varchar, NULL::date, NULL::varchar, NULL::varchar,
               jsonb_build_object('itemAr', t.name_ar, 'itemEn', t.name_en, 'placeAr', u.name_ar, 'placeEn', u.name_en, 'days', d.days)
        FROM resource_entries e
        JOIN resource_types t ON t.id = e.resource_type_id AND t.is_active
        JOIN local_units u ON u.id = e.local_unit_id AND u.is_active
        JOIN organisations o ON o.id = e.organisation_id AND o.is_active
        CROSS JOIN LATERAL (SELECT floor(extract(epoch FROM @at - e.last_checked_at) / 86400)::int AS days) d
        WHERE {ResourceGaps.NotReportedSql}
        """,
        Audience.OrganisationHeads,
        [
            ResourceGaps.StaleBeforeParameter(ResourceGaps.StaleBefore(now, options)),
            new NpgsqlParameter("at", now),
            new NpgsqlParameter("stale_days", options.StaleAfterDays),
        ],
        BundlePayloads: true);
}
