using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>
/// Adds library items and revises them. A revision is a new row; the one before stays, no longer current,
/// so tasks made from it (which keep its id) and last season's plan read exactly what they were made from.
/// </summary>
internal sealed class LibraryEditing(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    /// <summary>A new item: national when <paramref name="governorateId"/> is null.</summary>
    public async Task<(IReadOnlyList<string> Errors, int? Id)> CreateAsync(Actor actor, int? governorateId, LibraryDraft draft, CancellationToken ct = default)
    {
        Ensure(actor, governorateId);
        var errors = draft.Validate().ToList();
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var code = draft.NormalCode;
        if (errors.Count == 0 && await db.LibraryItems.AnyAsync(i => i.Code == code && (i.GovernorateId == null || i.GovernorateId == governorateId), ct))
        {
            errors.Add("Library.CodeTaken");
        }

        if (errors.Count > 0)
        {
            return (errors, null);
        }

        var now = clock.GetUtcNow();
        var item = new LibraryItem { Code = code, GovernorateId = governorateId, TitleAr = "", TitleEn = "", CreatedAt = now, CreatedByName = actor.Name };
        var changes = LibraryItemChanges.Apply(item, draft, null);
        db.LibraryItems.Add(item);
        db.Record(actor, now, "library.created", "library_item", code, governorateId, changes, "revision 1");
        await db.SaveChangesAsync(ct);
        return ([], item.Id);
    }

    /// <summary>The next revision of the item whose current revision the user loaded (<paramref name="revisionId"/>).</summary>
    public async Task<(IReadOnlyList<string> Errors, int? Id)> ReviseAsync(Actor actor, int revisionId, LibraryDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var before = await db.LibraryItems.SingleOrDefaultAsync(i => i.Id == revisionId, ct);
        if (before is null || (before.GovernorateId is { } own && !actor.CanRead(own)))
        {
            return (["Error.NotFound"], null);
        }

        Ensure(actor, before.GovernorateId);
        var errors = draft.Validate().Where(e => e != "Library.CodeInvalid").ToList();
        if (!before.IsCurrent) errors.Add("Library.Stale");
        if (errors.Count > 0)
        {
            return (errors, null);
        }

        var now = clock.GetUtcNow();
        var next = new LibraryItem
        {
            Code = before.Code, GovernorateId = before.GovernorateId, Revision = before.Revision + 1, AppliesTo = [.. before.AppliesTo],
            TitleAr = "", TitleEn = "", CreatedAt = now, CreatedByName = actor.Name,
        };
        var changes = LibraryItemChanges.Apply(next, draft, before);
        if (changes.Count == 0)
        {
            return (["Validation.NothingToSave"], null);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        // Only one current revision per code (a unique index): retire the old one first. Someone who revised
        // it in between leaves no current row to retire, and this save stops there.
        if (await db.LibraryItems.Where(i => i.Id == revisionId && i.IsCurrent).ExecuteUpdateAsync(s => s.SetProperty(i => i.IsCurrent, false), ct) == 0)
        {
            return (["Library.Stale"], null);
        }

        db.LibraryItems.Add(next);
        db.Record(actor, now, "library.revised", "library_item", $"{before.Code}", before.GovernorateId, changes, $"revision {next.Revision}");
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return ([], next.Id);
    }

    private static void Ensure(Actor actor, int? governorateId)
    {
        if (!actor.CanEditLibrary(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not edit the library of {governorateId?.ToString() ?? "the nation"}");
        }
    }
}
