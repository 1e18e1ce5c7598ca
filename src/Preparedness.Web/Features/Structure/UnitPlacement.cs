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

        if (ClosesLoop(id => units.GetValueOrDefault(id).ParentId, unit?.Id, parentId))
        {
            errors.Add("Structure.ParentCycle");
        }

        return errors;
    }

    /// <summary>
    /// Walks up from the new parent: meeting the unit itself would close a loop. By id; the structure import gives
    /// its new units, which have none yet, negative stand-ins.
    /// </summary>
    public static bool ClosesLoop<TKey>(Func<TKey, TKey?> parentOf, TKey? unit, TKey newParent)
        where TKey : struct
    {
        var seen = new HashSet<TKey>();
        for (TKey? at = newParent; at is { } key && seen.Add(key); at = parentOf(key))
        {
            if (unit is { } self && EqualityComparer<TKey>.Default.Equals(key, self))
            {
                return true;
            }
        }

        return false;
    }
}
