using Npgsql;
using Preparedness.Web.Features.Tasks.Storms;

namespace Preparedness.Benchmarks.Reminders;

/// <summary>
/// Who reminders go to at national scale: a head for each of the 1,215 organisations, and a
/// secretariat and a military adviser for each governorate; and one unfinished task in 40 tied to
/// the storm whose reminder window is open (or opens next), so that every rule has work to do.
/// </summary>
internal static class ReminderPeople
{
    private const string Sql = """
        INSERT INTO "AspNetRoles" (id, name, normalized_name)
        SELECT r, r, upper(r) FROM unnest(ARRAY['OrganisationHead', 'Secretariat', 'MilitaryAdviser']) r
        WHERE NOT EXISTS (SELECT 1 FROM "AspNetRoles" WHERE name = r);

        INSERT INTO "AspNetUsers" (id, display_name, governorate_id, organisation_id, preferred_culture, user_name, normalized_user_name,
            email, normalized_email, email_confirmed, phone_number_confirmed, two_factor_enabled, lockout_enabled, access_failed_count, email_opt_out)
        SELECT p.id, p.name, p.governorate_id, p.organisation_id, 'ar-EG', p.id, upper(p.id), p.id || '@bench.test', upper(p.id || '@bench.test'),
               true, false, false, true, 0, false
        FROM (
            SELECT 'bench-head-' || o.id AS id, 'رئيس ' || o.name_ar AS name, o.governorate_id, o.id AS organisation_id FROM organisations o
            UNION ALL SELECT 'bench-sg-' || g.id, 'السكرتير العام ل' || g.name_ar, g.id, NULL FROM governorates g
            UNION ALL SELECT 'bench-adviser-' || g.id, 'المستشار العسكري ل' || g.name_ar, g.id, NULL FROM governorates g
        ) p
        ON CONFLICT (id) DO NOTHING;

        INSERT INTO "AspNetUserRoles" (user_id, role_id)
        SELECT u.id, r.id FROM "AspNetUsers" u
        JOIN "AspNetRoles" r ON r.name = CASE WHEN u.id LIKE 'bench-head-%' THEN 'OrganisationHead'
                                              WHEN u.id LIKE 'bench-sg-%' THEN 'Secretariat' ELSE 'MilitaryAdviser' END
        WHERE u.id LIKE 'bench-%'
        ON CONFLICT DO NOTHING;

        UPDATE readiness_tasks SET storm_code = @storm
        WHERE id % 40 = 0 AND status NOT IN ('ReportedDone', 'Verified') AND storm_code IS DISTINCT FROM @storm;
        """;

    public static async Task<string> EnsureAsync(string connectionString, DateOnly today, DateOnly seasonStart, int leadDays)
    {
        var storm = StormFor(today, seasonStart, leadDays);
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using (var command = new NpgsqlCommand(Sql, connection))
        {
            command.Parameters.AddWithValue("storm", storm.Storm.Code);
            await command.ExecuteNonQueryAsync();
        }

        await using var count = new NpgsqlCommand("SELECT count(*) FROM \"AspNetUsers\" WHERE id LIKE 'bench-%'", connection);
        return $"{await count.ExecuteScalarAsync():N0} recipients; 1 open task in 40 tied to {storm.Storm.NameEn} (expected {storm.ExpectedOn:yyyy-MM-dd})";
    }

    private static StormWindow StormFor(DateOnly today, DateOnly seasonStart, int leadDays)
    {
        var windows = new StormCalendar().For("alexandria").Select(s => StormCalendar.Window(s, seasonStart)).ToList();
        return windows.FirstOrDefault(w => today >= w.From.AddDays(-leadDays) && today <= w.Until)
            ?? windows.Where(w => w.ExpectedOn >= today).MinBy(w => w.ExpectedOn)
            ?? windows[^1];
    }
}
