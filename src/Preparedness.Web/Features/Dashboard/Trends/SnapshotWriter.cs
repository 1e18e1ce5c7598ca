using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Dashboard.Trends;

/// <summary>Inserts snapshot rows in one statement; a row whose season, day and scope already has one is left as it was.</summary>
internal static class SnapshotWriter
{
    public static async Task<int> InsertAsync(PreparednessDbContext db, IReadOnlyList<ReadinessSnapshot> rows, CancellationToken ct)
    {
        if (rows.Count == 0)
        {
            return 0;
        }

        return await db.Database.ExecuteSqlRawAsync(
            """
            INSERT INTO readiness_snapshots (governorate_id, plan_id, day, scope, key, tasks, weight, credit,
                verified_weight, reported_weight, overdue, at_risk, stale, awaiting_verification)
            SELECT * FROM unnest(@g, @p, @d, @s, @k, @t, @w, @c, @vw, @rw, @o, @ar, @st, @av)
            ON CONFLICT (plan_id, day, scope, key) DO NOTHING
            """,
            [
                Array("g", NpgsqlDbType.Integer, rows.Select(r => r.GovernorateId)),
                Array("p", NpgsqlDbType.Integer, rows.Select(r => r.PlanId)),
                Array("d", NpgsqlDbType.Date, rows.Select(r => r.Day)),
                Array("s", NpgsqlDbType.Smallint, rows.Select(r => (short)r.Scope)),
                Array("k", NpgsqlDbType.Varchar, rows.Select(r => r.Key)),
                Array("t", NpgsqlDbType.Integer, rows.Select(r => r.Tasks)),
                Array("w", NpgsqlDbType.Integer, rows.Select(r => r.Weight)),
                Array("c", NpgsqlDbType.Numeric, rows.Select(r => r.Credit)),
                Array("vw", NpgsqlDbType.Integer, rows.Select(r => r.VerifiedWeight)),
                Array("rw", NpgsqlDbType.Integer, rows.Select(r => r.ReportedWeight)),
                Array("o", NpgsqlDbType.Integer, rows.Select(r => r.Overdue)),
                Array("ar", NpgsqlDbType.Integer, rows.Select(r => r.AtRisk)),
                Array("st", NpgsqlDbType.Integer, rows.Select(r => r.Stale)),
                Array("av", NpgsqlDbType.Integer, rows.Select(r => r.AwaitingVerification)),
            ],
            ct);
    }

    private static NpgsqlParameter Array<T>(string name, NpgsqlDbType type, IEnumerable<T> values) =>
        new(name, NpgsqlDbType.Array | type) { Value = values.ToArray() };
}
