using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Governorates;

namespace Preparedness.Web.Features.Structure;

/// <summary>A unit's kind is a known one; its parent is an active unit of the same governorate, never itself or below it.</summary>
internal static class UnitPlacement
{
    public static async Task<List<string>> CheckAsync(PreparednessDbContext db, int governorateId, LocalUnit? unit, UnitDraft draft, CancellationToken ct)
    {
        var errors = new List<string>();
        if (!Enum.IsDefined(draft.Kind)) errors.Add("Structure.KindInvalid");
        if (draft.ParentId is not { } parentId) return errors;

        var units = await db.LocalUnits.AsNoTracking().Where(u => u.GovernorateId == governorateId)
            .ToDictionaryAsync(u => u.Id, u => (u.ParentId, u.IsActive), ct);
        if (!units.TryGetValue(parentId, out var parent) || (!parent.IsActive && parentId != unit?.ParentId))
        {
            errors.Add("Structure.ParentInvalid");
            return errors;
        }

        // Walk up from the new parent: meeting the unit itself would close a loop.
        var seen = new HashSet<int>();
        for (int? at = parentId; at is { } id && seen.Add(id); at = units.GetValueOrDefault(id).ParentId)
        {
            if (id == unit?.Id)
            {
                errors.Add("Structure.ParentCycle");
                break;
            }
        }

        return errors;
    }
}
