using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Features.Health;

/// <param name="Version">The stock's version as the user saw it: a report made meanwhile is never overwritten.</param>
public sealed record StockUpdate(int UnitsOnHand, decimal DailyUse, uint Version);

/// <summary>The health directorate reports a blood stock; going below the threshold tells it and the secretariat once.</summary>
internal sealed class BloodStockService(
    IDbContextFactory<PreparednessDbContext> dbFactory,
    NotificationWriter notifications,
    IOptions<HealthOptions> options,
    TimeProvider clock)
{
    public const int MaxUnits = 100_000;
    public const decimal MaxDailyUse = 10_000;

    public async Task<HealthResult> UpdateAsync(Actor actor, int stockId, StockUpdate update, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var stock = await db.BloodStocks.SingleOrDefaultAsync(s => s.Id == stockId, ct);
        var facility = stock is null ? null : await db.HealthFacilities.SingleAsync(f => f.Id == stock.FacilityId, ct);
        if (stock is null || facility is null || !actor.CanReadFacility(stock.GovernorateId, facility.HolderOrganisationId))
        {
            return HealthResult.NotFound;
        }

        if (!actor.CanUpdateHealth(stock.GovernorateId, facility.HolderOrganisationId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not report blood stock {stockId}");
        }

        if (Validate(update) is { Count: > 0 } errors)
        {
            return HealthResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        List<FieldChange> changes =
        [
            new() { Field = "UnitsOnHand", From = $"{stock.UnitsOnHand}", To = $"{update.UnitsOnHand}" },
            new() { Field = "DailyUse", From = Number(stock.DailyUse), To = Number(update.DailyUse) },
        ];
        db.Entry(stock).Property(s => s.Version).OriginalValue = update.Version;
        stock.UnitsOnHand = update.UnitsOnHand;
        stock.DailyUse = update.DailyUse;
        stock.UpdatedAt = now;
        stock.UpdatedByName = actor.Name;
        var before = new Crossing(stock.IsLow, stock.LowCrossings);
        var after = before.Next(BloodSupply.IsLow(update.UnitsOnHand, update.DailyUse, options.Value.LowSupplyDays));
        (stock.IsLow, stock.LowCrossings) = (after.IsBelow, after.Count);
        var crossed = after.CrossedFrom(before);

        db.Record(actor, now, crossed ? "blood-stock.low" : "blood-stock.updated", "blood-stock", $"{stock.Id}", stock.GovernorateId, changes,
            note: $"{BloodGroups.Label(stock.Group)} · {facility.NameEn}");
        var told = WriteResult.None;
        try
        {
            await db.SaveAndAnnounceAsync(
                () => new HealthChange(stock.GovernorateId, null, HealthQueries.Stock(stock), actor.Name, now),
                ct,
                beforeCommit: async c => told = crossed ? await notifications.WriteAsync(db, LowBloodNotice.For(stock, facility), c) : WriteResult.None);
        }
        catch (DbUpdateConcurrencyException)
        {
            return HealthResult.Conflict;
        }

        await notifications.AnnounceAsync(told, ct);
        return HealthResult.Saved;
    }

    private static List<string> Validate(StockUpdate update)
    {
        var errors = new List<string>();
        if (update.UnitsOnHand is < 0 or > MaxUnits) errors.Add("Health.UnitsRange");
        if (update.DailyUse is < 0 or > MaxDailyUse || decimal.Round(update.DailyUse, 1) != update.DailyUse) errors.Add("Health.DailyUseRange");
        return errors;
    }

    private static string Number(decimal value) => value.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture);
}
