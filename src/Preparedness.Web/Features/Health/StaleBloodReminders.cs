using Npgsql;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Health;

/// <summary>
/// Every blood stock of an open facility not reported within <see cref="HealthOptions.StaleAfterHours"/> (the page's own
/// "not reported", <see cref="BloodSupply.StaleSql"/>) reminds its holder's heads — the health directorate — once per
/// period of silence: the key names the last report and the periods since, so a second run finds it taken and a report re-arms it.
/// </summary>
internal static class StaleBloodReminders
{
    public static ReminderBatch Batch(DateTimeOffset now, HealthOptions options) => new(
        ReminderKind.StaleBloodStock,
        $"""
        SELECT '{ReminderKind.StaleBloodStock}', s.governorate_id, NULL::int, f.holder_organisation_id,
               'blood-stock:' || s.id || ':since:' || coalesce(to_char(s.updated_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS'), 'never')
                   || ':' || coalesce(d.hours / @stale_hours, 0),
               d.hours / 24, NULL::date, NULL::varchar, NULL::date, NULL::varchar, NULL::varchar,
               jsonb_build_object('itemAr', g.label, 'itemEn', g.label, 'placeAr', f.name_ar, 'placeEn', f.name_en, 'days', d.hours / 24)
        FROM blood_stocks s
        JOIN health_facilities f ON f.id = s.facility_id AND f.is_active
        JOIN (VALUES {Labels}) AS g(name, label) ON g.name = s."group"
        CROSS JOIN LATERAL (SELECT floor(extract(epoch FROM @at - s.updated_at) / 3600)::int AS hours) d
        WHERE {BloodSupply.StaleSql}
        """,
        Audience.OrganisationHeads,
        [
            new NpgsqlParameter("stale_before", NpgsqlTypes.NpgsqlDbType.TimestampTz) { Value = BloodSupply.StaleBefore(now, options.StaleAfterHours) },
            new NpgsqlParameter("at", now),
            new NpgsqlParameter("stale_hours", options.StaleAfterHours),
        ],
        BundlePayloads: true);

    // The groups' labels ("AB-") from the one place that writes them; enum names only, so safe as literals.
    private static readonly string Labels = string.Join(", ", BloodGroups.All.Select(g => $"('{g}', '{BloodGroups.Label(g)}')"));
}
