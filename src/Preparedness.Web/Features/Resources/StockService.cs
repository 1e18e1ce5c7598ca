using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Resources;

/// <summary>
/// Holders record what their organisation holds: each save (a change, or "checked, unchanged") stamps the entry as
/// checked now, writes its history and audit, and is announced live in the same transaction.
/// </summary>
internal sealed class StockService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<SaveResult> UpdateAsync(Actor actor, int entryId, StockInput input, uint version, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var entry = await db.ResourceEntries.SingleOrDefaultAsync(e => e.Id == entryId, ct);
        if (entry is null || !actor.CanReadStockOf(entry.GovernorateId, entry.OrganisationId))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanUpdateStock(entry.GovernorateId, entry.OrganisationId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not update the stock of organisation {entry.OrganisationId}");
        }

        if (entry.Version != version)
        {
            return new SaveResult(SaveStatus.Conflict, ["Resource.Conflict"]);
        }

        var errors = input.Validate();
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var changes = StockChanges.Apply(entry, input);
        return await SaveAsync(db, actor, entry, changes, "resource.stock_updated", ct);
    }

    public async Task<SaveResult> AddAsync(Actor actor, int governorateId, StockInput input, CancellationToken ct = default)
    {
        if (!actor.CanListResources(governorateId))
        {
            return SaveResult.NotFound;
        }

        if (input.OrganisationId is not { } organisationId || !actor.CanUpdateStock(governorateId, organisationId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not record stock for organisation {input.OrganisationId} in {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = input.Validate().ToList();
        if (!await db.Organisations.AnyAsync(o => o.Id == organisationId && o.GovernorateId == governorateId && o.IsActive, ct)) errors.Add("Resource.OrganisationInvalid");
        if (!await db.LocalUnits.AnyAsync(u => u.Id == input.LocalUnitId && u.GovernorateId == governorateId && u.IsActive, ct)) errors.Add("Resource.UnitInvalid");
        if (!await db.ResourceTypes.AnyAsync(t => t.Id == input.ResourceTypeId && t.IsActive, ct)) errors.Add("Resource.TypeInvalid");
        if (errors.Count == 0 && await db.ResourceEntries.AnyAsync(e => e.OrganisationId == organisationId && e.LocalUnitId == input.LocalUnitId && e.ResourceTypeId == input.ResourceTypeId, ct))
        {
            errors.Add("Resource.EntryExists");
        }

        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var entry = new ResourceEntry
        {
            GovernorateId = governorateId, OrganisationId = organisationId, LocalUnitId = input.LocalUnitId!.Value,
            ResourceTypeId = input.ResourceTypeId!.Value, LastCheckedById = actor.UserId, LastCheckedByName = actor.Name,
        };
        var changes = StockChanges.Apply(entry, input);
        db.ResourceEntries.Add(entry);
        return await SaveAsync(db, actor, entry, changes, "resource.entry_added", ct);
    }

    private async Task<SaveResult> SaveAsync(PreparednessDbContext db, Actor actor, ResourceEntry entry, IReadOnlyList<FieldChange> changes, string action, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        entry.LastCheckedAt = now;
        entry.LastCheckedById = actor.UserId;
        entry.LastCheckedByName = actor.Name;
        try
        {
            await db.SaveAndAnnounceAsync(
                () => new ResourceChange(ResourceChangeKind.Stock, entry.GovernorateId, entry.LocalUnitId, entry.ResourceTypeId, entry.OrganisationId, actor.Name, now),
                ct,
                afterInsert: () =>
                {
                    db.ResourceHistory.Add(StockChanges.History(entry, actor, now));
                    db.Record(actor, now, action, "resource_entry", $"{entry.Id}", entry.GovernorateId, changes, changes.Count == 0 ? "checked, unchanged" : null);
                });
        }
        catch (DbUpdateConcurrencyException)
        {
            return new SaveResult(SaveStatus.Conflict, ["Resource.Conflict"]);
        }

        return SaveResult.Saved(entry.Id);
    }
}
