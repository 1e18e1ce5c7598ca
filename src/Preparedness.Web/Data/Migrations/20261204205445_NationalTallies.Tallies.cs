namespace Preparedness.Web.Data.Migrations
{
    /// <summary>
    /// Each governorate's season figures kept by the statement that changes its tasks (README, "The national view").
    /// Three kinds of row, so that no row depends on the clock: kind 0 sums every task; kind 1 counts open tasks by
    /// due date (overdue = the days before today, summed at read); kind 2 counts open tasks and their credit by the UTC
    /// day of their last update (not reported = the days before the stale instant's day, plus an exact look at that one day).
    /// </summary>
    public partial class NationalTallies
    {
        private const string Table = """
            CREATE TABLE governorate_tallies (
                plan_id integer NOT NULL,
                governorate_id integer NOT NULL,
                storm_code varchar(40) NOT NULL,
                kind smallint NOT NULL,
                day date NOT NULL,
                tasks integer NOT NULL,
                weight integer NOT NULL,
                done_weight integer NOT NULL,
                verified_weight integer NOT NULL,
                reported_weight integer NOT NULL,
                reported integer NOT NULL,
                credit numeric NOT NULL,
                CONSTRAINT pk_governorate_tallies PRIMARY KEY (plan_id, governorate_id, storm_code, kind, day)
            );
            """;

        // One task's rows, as ReadinessScore judges it (done, progress); the trigger adds them, the repair job sums them.
        private const string Rows = """
            CREATE FUNCTION governorate_tally_rows(t readiness_tasks)
            RETURNS TABLE (governorate_id integer, plan_id integer, storm_code varchar, kind smallint, day date,
                           tasks integer, weight integer, done_weight integer, verified_weight integer,
                           reported_weight integer, reported integer, credit numeric)
            LANGUAGE sql IMMUTABLE AS $$
                WITH x AS (
                    SELECT t.status IN ('ReportedDone', 'Verified') AS done,
                           CASE WHEN t.measure = 'Quantity' AND t.target > 0
                                THEN CASE WHEN t.achieved >= t.target THEN 1 ELSE t.achieved / t.target END
                                ELSE 0 END AS progress)
                SELECT t.governorate_id, t.plan_id, coalesce(t.storm_code, ''), 0::smallint, DATE '0001-01-01',
                       1, t.priority, CASE WHEN x.done THEN t.priority ELSE 0 END,
                       CASE WHEN t.status = 'Verified' THEN t.priority ELSE 0 END,
                       CASE WHEN t.status = 'ReportedDone' THEN t.priority ELSE 0 END,
                       CASE WHEN t.status = 'ReportedDone' THEN 1 ELSE 0 END, 0::numeric
                FROM x
                UNION ALL
                SELECT t.governorate_id, t.plan_id, coalesce(t.storm_code, ''), 1::smallint, t.due_on, 1, 0, 0, 0, 0, 0, 0::numeric
                FROM x WHERE NOT x.done
                UNION ALL
                SELECT t.governorate_id, t.plan_id, coalesce(t.storm_code, ''), 2::smallint, (t.last_updated_at AT TIME ZONE 'UTC')::date,
                       1, 0, 0, 0, 0, 0, t.priority * x.progress
                FROM x WHERE NOT x.done
            $$;
            """;

        // Statement-level, over the transition tables: a bulk insert of 4,000 tasks is one grouped upsert, not 4,000.
        // Rows are upserted in key order so two transactions never wait on each other's rows in opposite orders.
        private const string Follow = """
            CREATE FUNCTION governorate_tallies_follow() RETURNS trigger LANGUAGE plpgsql AS $$
            DECLARE
                source text := CASE TG_OP
                    WHEN 'INSERT' THEN 'SELECT r.*, 1 AS sign FROM new_rows n CROSS JOIN LATERAL governorate_tally_rows(n) r'
                    WHEN 'DELETE' THEN 'SELECT r.*, -1 AS sign FROM old_rows o CROSS JOIN LATERAL governorate_tally_rows(o) r'
                    ELSE 'SELECT r.*, 1 AS sign FROM new_rows n CROSS JOIN LATERAL governorate_tally_rows(n) r
                          UNION ALL SELECT r.*, -1 AS sign FROM old_rows o CROSS JOIN LATERAL governorate_tally_rows(o) r'
                END;
            BEGIN
                EXECUTE format($sql$
                    INSERT INTO governorate_tallies AS g
                    SELECT plan_id, governorate_id, storm_code, kind, day,
                           sum(sign * tasks), sum(sign * weight), sum(sign * done_weight), sum(sign * verified_weight),
                           sum(sign * reported_weight), sum(sign * reported), sum(sign * credit)
                    FROM (%s) c
                    GROUP BY plan_id, governorate_id, storm_code, kind, day
                    HAVING sum(sign * tasks) <> 0 OR sum(sign * weight) <> 0 OR sum(sign * done_weight) <> 0
                        OR sum(sign * verified_weight) <> 0 OR sum(sign * reported_weight) <> 0
                        OR sum(sign * reported) <> 0 OR sum(sign * credit) <> 0
                    ORDER BY plan_id, governorate_id, storm_code, kind, day
                    ON CONFLICT (plan_id, governorate_id, storm_code, kind, day) DO UPDATE SET
                        tasks = g.tasks + excluded.tasks, weight = g.weight + excluded.weight,
                        done_weight = g.done_weight + excluded.done_weight, verified_weight = g.verified_weight + excluded.verified_weight,
                        reported_weight = g.reported_weight + excluded.reported_weight, reported = g.reported + excluded.reported,
                        credit = g.credit + excluded.credit
                    $sql$, source);
                RETURN NULL;
            END $$;

            CREATE FUNCTION governorate_tallies_clear() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                DELETE FROM governorate_tallies;
                RETURN NULL;
            END $$;

            CREATE TRIGGER readiness_tasks_tally_insert AFTER INSERT ON readiness_tasks
                REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION governorate_tallies_follow();
            CREATE TRIGGER readiness_tasks_tally_update AFTER UPDATE ON readiness_tasks
                REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION governorate_tallies_follow();
            CREATE TRIGGER readiness_tasks_tally_delete AFTER DELETE ON readiness_tasks
                REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION governorate_tallies_follow();
            CREATE TRIGGER readiness_tasks_tally_truncate AFTER TRUNCATE ON readiness_tasks
                FOR EACH STATEMENT EXECUTE FUNCTION governorate_tallies_clear();
            """;

        // Tasks that existed before the triggers; the national read's exact look at the stale instant's day.
        private const string Fill = """
            INSERT INTO governorate_tallies
            SELECT r.plan_id, r.governorate_id, r.storm_code, r.kind, r.day, sum(r.tasks), sum(r.weight), sum(r.done_weight),
                   sum(r.verified_weight), sum(r.reported_weight), sum(r.reported), sum(r.credit)
            FROM readiness_tasks t CROSS JOIN LATERAL governorate_tally_rows(t) r
            GROUP BY r.plan_id, r.governorate_id, r.storm_code, r.kind, r.day;

            CREATE INDEX ix_readiness_tasks_open_last_updated ON readiness_tasks (last_updated_at)
                INCLUDE (plan_id, governorate_id, storm_code, priority, measure, target, achieved)
                WHERE status NOT IN ('ReportedDone', 'Verified');
            """;

        private const string Drop = """
            DROP TRIGGER IF EXISTS readiness_tasks_tally_insert ON readiness_tasks;
            DROP TRIGGER IF EXISTS readiness_tasks_tally_update ON readiness_tasks;
            DROP TRIGGER IF EXISTS readiness_tasks_tally_delete ON readiness_tasks;
            DROP TRIGGER IF EXISTS readiness_tasks_tally_truncate ON readiness_tasks;
            DROP FUNCTION IF EXISTS governorate_tallies_follow();
            DROP FUNCTION IF EXISTS governorate_tallies_clear();
            DROP FUNCTION IF EXISTS governorate_tally_rows(readiness_tasks);
            DROP INDEX IF EXISTS ix_readiness_tasks_open_last_updated;
            DROP TABLE IF EXISTS governorate_tallies;
            """;
    }
}
