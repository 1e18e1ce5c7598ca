using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using NpgsqlTypes;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Reminders.Digest;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Reminders.Jobs;

/// <summary>
/// Each morning, for every governorate with work in its current plan, a digest to the secretariat and
/// the military adviser: readiness (the dashboard's own figures) and its change since the last digest,
/// what happened in the last day, and the worst overdue tasks. Once per governorate and Cairo day.
/// </summary>
internal sealed class SendDigestJob(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    IDigestReadiness readiness,
    IDigestForecast forecast,
    NotificationWriter writer,
    TimeProvider clock,
    IOptions<ReminderOptions> options)
{
    public async Task<JobSummary> ExecuteAsync(CancellationToken ct)
    {
        var today = CairoTime.Today(clock);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var governorates = await db.Governorates.AsNoTracking().OrderBy(g => g.Id).Select(g => g.Id).ToListAsync(ct);
        var yesterdayKey = Key(today.AddDays(-1));
        var previous = await db.ReminderOccurrences.AsNoTracking()
            .Where(o => o.Kind == ReminderKind.Digest && o.OccurrenceKey == yesterdayKey)
            .ToDictionaryAsync(o => o.GovernorateId, o => DigestPayload.FromJson(o.Payload), ct);
        var changes = await DigestQueries.ChangesAsync(db, clock.GetUtcNow().AddDays(-1), today, ct);
        var planIds = await DigestQueries.CurrentPlanIdsAsync(db, today, ct);
        var worst = await DigestQueries.WorstOverdueAsync(db, planIds, today, options.Value.DigestWorstOverdue, ct);

        var digests = new List<(int GovernorateId, string Payload)>();
        foreach (var governorateId in governorates)
        {
            var overall = await readiness.OverallAsync(governorateId, ct);
            if (overall.Tasks == 0)
            {
                continue;
            }

            var before = previous.GetValueOrDefault(governorateId)?.Score;
            var payload = new DigestPayload(
                overall.Score,
                overall.Score - before,
                overall.VerifiedShare,
                overall.Tasks,
                overall.Overdue,
                overall.AtRisk,
                overall.Stale,
                overall.AwaitingVerification,
                changes.GetValueOrDefault(governorateId) ?? DigestChanges.None,
                [.. worst[governorateId]],
                await forecast.GovernorateAsync(governorateId, ct));
            digests.Add((governorateId, payload.ToJson()));
        }

        return (digests.Count == 0 ? WriteResult.None : await writer.WriteAsync(Batch(today, digests), ct)).Summary;
    }

    private static string Key(DateOnly day) => "day:" + day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ReminderBatch Batch(DateOnly today, List<(int GovernorateId, string Payload)> digests) => new(
        ReminderKind.Digest,
        """
        SELECT 'Digest', d.governorate_id, NULL::int, NULL::int, 'day:' || to_char(@today, 'YYYY-MM-DD'),
               NULL::int, NULL::date, NULL::varchar, NULL::date, NULL::varchar, NULL::varchar, d.payload::jsonb
        FROM unnest(@governorate_ids, @payloads) AS d(governorate_id, payload)
        """,
        Audience.SecretariatAndAdvisers,
        [
            ReminderSweeps.Today(today),
            new NpgsqlParameter("governorate_ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = digests.Select(d => d.GovernorateId).ToArray() },
            new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = digests.Select(d => d.Payload).ToArray() },
        ]);
}
