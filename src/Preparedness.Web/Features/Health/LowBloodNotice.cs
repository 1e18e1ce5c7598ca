using Npgsql;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Notifications;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Health;

/// <summary>
/// "O- at the regional centre is down to 2.5 days": told to the heads of the stock's holder (the health
/// directorate) and the secretariat, through the reminders' notifications (bell, live, email), in the
/// report's own transaction. The occurrence is keyed by the stock and its crossing's number (<see cref="Crossing"/>), so one
/// crossing is told once, and the next one (after it recovered) again.
/// </summary>
internal static class LowBloodNotice
{
    public static ReminderBatch For(BloodStock stock, HealthFacility facility) => new(
        ReminderKind.LowBloodStock,
        $"""
        SELECT '{ReminderKind.LowBloodStock}', @governorate_id, NULL::int, @organisation_id, @key, @days, NULL::date,
               NULL::varchar, NULL::date, NULL::varchar, NULL::varchar, @payload::jsonb
        """,
        Audience.OrganisationHeadsAndSecretariat,
        [
            new NpgsqlParameter("governorate_id", stock.GovernorateId),
            new NpgsqlParameter("organisation_id", facility.HolderOrganisationId),
            new NpgsqlParameter("key", Crossing.Key("blood-stock", stock.Id, stock.LowCrossings)),
            new NpgsqlParameter("days", NpgsqlTypes.NpgsqlDbType.Integer) { Value = (object?)(int?)BloodSupply.DaysOfSupply(stock.UnitsOnHand, stock.DailyUse) ?? DBNull.Value },
            new NpgsqlParameter("payload", new StockPayload(
                facility.NameAr, facility.NameEn, BloodGroups.Label(stock.Group), BloodSupply.DaysOfSupply(stock.UnitsOnHand, stock.DailyUse), stock.UnitsOnHand).ToJson()),
        ]);
}
