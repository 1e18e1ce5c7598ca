using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Resources;

/// <summary>The secretariat sets the minimum level of each resource type in each local unit, per hazard scenario.</summary>
internal sealed class MinimumService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<SaveResult> SetAsync(
        Actor actor, int governorateId, int localUnitId, int resourceTypeId, HazardScenario scenario, int minimum, CancellationToken ct = default)
    {
        if (!actor.CanReadResources(governorateId))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanManageResourceMinimums(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not set minimum levels in governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = new List<string>();
        if (minimum is < 0 or > StockInput.MaxQuantity) errors.Add("Resource.QuantityInvalid");
        if (!Enum.IsDefined(scenario)) errors.Add("Resource.ScenarioInvalid");
        if (!await db.LocalUnits.AnyAsync(u => u.Id == localUnitId && u.GovernorateId == governorateId && u.IsActive, ct)) errors.Add("Resource.UnitInvalid");
        if (!await db.ResourceTypes.AnyAsync(t => t.Id == resourceTypeId && t.IsActive, ct)) errors.Add("Resource.TypeInvalid");
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var level = await db.ResourceMinimums.SingleOrDefaultAsync(m => m.LocalUnitId == localUnitId && m.ResourceTypeId == resourceTypeId && m.Scenario == scenario, ct);
        var before = level?.Minimum;
        if (level is null)
        {
            level = new ResourceMinimum { GovernorateId = governorateId, LocalUnitId = localUnitId, ResourceTypeId = resourceTypeId, Scenario = scenario, UpdatedByName = actor.Name };
            db.ResourceMinimums.Add(level);
        }

        level.Minimum = minimum;
        level.UpdatedAt = now;
        level.UpdatedByName = actor.Name;
        var change = new FieldChange { Field = $"Minimum.{scenario}", From = before?.ToString(CultureInfo.InvariantCulture), To = minimum.ToString(CultureInfo.InvariantCulture) };
        await db.SaveAndAnnounceAsync(
            () => new ResourceChange(ResourceChangeKind.Minimum, governorateId, localUnitId, resourceTypeId, null, actor.Name, now),
            ct,
            afterInsert: () => db.Record(actor, now, "resource.minimum_set", "resource_minimum", $"{level.Id}", governorateId, [change]));
        return SaveResult.Saved(level.Id);
    }
}
