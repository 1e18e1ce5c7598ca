using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Resources;

/// <summary>
/// "Esna is short of suction trucks": told to the governorate's secretariat for each minimum level that has just
/// gone below, keyed by the level and its crossing's number (<see cref="Crossing"/>), like a low blood stock.
/// </summary>
internal static class GapNotice
{
    public static async Task<ReminderBatch> ForAsync(PreparednessDbContext db, int governorateId, IReadOnlyList<(ResourceMinimum Level, int Working)> crossed, CancellationToken ct)
    {
        var unitIds = crossed.Select(c => c.Level.LocalUnitId).Distinct().ToList();
        var typeIds = crossed.Select(c => c.Level.ResourceTypeId).Distinct().ToList();
        var units = await db.LocalUnits.Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => (u.NameAr, u.NameEn), ct);
        var types = await db.ResourceTypes.Where(t => typeIds.Contains(t.Id)).ToDictionaryAsync(t => t.Id, t => (t.NameAr, t.NameEn), ct);
        var payloads = crossed.Select(c => new GapPayload(
            units[c.Level.LocalUnitId].NameAr, units[c.Level.LocalUnitId].NameEn, types[c.Level.ResourceTypeId].NameAr, types[c.Level.ResourceTypeId].NameEn,
            c.Level.Minimum, c.Working)).ToList();
        return new ReminderBatch(
            ReminderKind.ResourceGap,
            $"""
            SELECT '{ReminderKind.ResourceGap}', @governorate_id, NULL::int, NULL::int, c.key, c.gap, NULL::date,
                   NULL::varchar, NULL::date, NULL::varchar, NULL::varchar, c.payload::jsonb
            FROM unnest(@keys, @gaps, @payloads) AS c(key, gap, payload)
            """,
            Audience.Secretariat,
            [
                new NpgsqlParameter("governorate_id", governorateId),
                new NpgsqlParameter("keys", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = crossed.Select(c => Crossing.Key("resource-gap", c.Level.Id, c.Level.ShortCrossings)).ToArray() },
                new NpgsqlParameter("gaps", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = payloads.Select(p => p.Gap).ToArray() },
                new NpgsqlParameter("payloads", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = payloads.Select(p => p.ToJson()).ToArray() },
            ]);
    }
}
