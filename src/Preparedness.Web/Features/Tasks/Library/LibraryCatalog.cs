using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>Reads the library: what a governorate may use now, and an item's revisions.</summary>
internal sealed class LibraryCatalog(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    public const int MaxRevisionsShown = 50;

    /// <summary>The current revision of every item the governorate may use: national items meant for it, and its own.</summary>
    public async Task<IReadOnlyList<LibraryItem>> CurrentAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        EnsureCanRead(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.CurrentLibraryAsync(governorateId, ct);
    }

    public async Task<IReadOnlyList<LibraryItem>> RevisionsAsync(Actor actor, int governorateId, int? itemGovernorateId, string code, CancellationToken ct = default)
    {
        EnsureCanRead(actor, governorateId);
        if (itemGovernorateId is { } own && own != governorateId)
        {
            return [];
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.LibraryItems.AsNoTracking()
            .Where(i => i.GovernorateId == itemGovernorateId && i.Code == code)
            .OrderByDescending(i => i.Revision)
            .Take(MaxRevisionsShown)
            .ToListAsync(ct);
    }

    private static void EnsureCanRead(Actor actor, int governorateId)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }
    }
}

internal static class LibraryQueries
{
    /// <summary>The governorate's usable library, current revisions only, national items first, by code.</summary>
    public static async Task<List<LibraryItem>> CurrentLibraryAsync(this PreparednessDbContext db, int governorateId, CancellationToken ct)
    {
        var code = await db.Governorates.Where(g => g.Id == governorateId).Select(g => g.Code).SingleAsync(ct);
        var items = await db.LibraryItems.AsNoTracking()
            .Where(i => i.IsCurrent && (i.GovernorateId == null || i.GovernorateId == governorateId))
            .OrderBy(i => i.GovernorateId != null).ThenBy(i => i.Code)
            .ToListAsync(ct);
        return [.. items.Where(i => i.AppliesToGovernorate(governorateId, code))];
    }
}
