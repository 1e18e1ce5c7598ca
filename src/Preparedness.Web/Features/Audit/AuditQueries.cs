using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Audit;

/// <summary>
/// Reads the audit trail, newest first: everything for administrators, their own governorate's events
/// for the secretariat, nothing for anyone else. The page and the CSV export both come through here.
/// </summary>
internal sealed class AuditQueries(IDbContextFactory<PreparednessDbContext> dbFactory)
{
    public const int PageSize = 50;

    public async Task<AuditPage> ListAsync(Actor actor, AuditFilter filter, int page, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var events = Query(db, actor, filter);
        var total = await events.CountAsync(ct);
        var rows = await Project(db, events.Skip(Security.UntrustedText.Page(page) * PageSize).Take(PageSize)).ToListAsync(ct);
        return new AuditPage(rows, total);
    }

    /// <summary>The names behind the ids audit rows record, for whoever may read the trail.</summary>
    public async Task<AuditNames> NamesAsync(Actor actor, CancellationToken ct = default)
    {
        if (!actor.CanReadAudit)
        {
            throw Refused(actor);
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await AuditNames.LoadAsync(db, ct);
    }

    /// <summary>
    /// Every row the filter matches, streamed, for the CSV export. A refusal is thrown here, before the
    /// first row is read, so the endpoint can still answer 403 rather than a half-written file.
    /// </summary>
    public IAsyncEnumerable<AuditRow> ExportAsync(Actor actor, AuditFilter filter, CancellationToken ct = default) =>
        actor.CanReadAudit ? StreamAsync(actor, filter, ct) : throw Refused(actor);

    private async IAsyncEnumerable<AuditRow> StreamAsync(Actor actor, AuditFilter filter, [EnumeratorCancellation] CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        await foreach (var row in Project(db, Query(db, actor, filter)).AsAsyncEnumerable().WithCancellation(ct))
        {
            yield return row;
        }
    }

    private static IQueryable<AuditEvent> Query(PreparednessDbContext db, Actor actor, AuditFilter filter)
    {
        if (!actor.CanReadAudit)
        {
            throw Refused(actor);
        }

        var events = db.AuditEvents.AsNoTracking();
        var governorateId = actor.IsAdministrator ? filter.GovernorateId : actor.GovernorateId;
        if (governorateId is not null)
        {
            events = events.Where(a => a.GovernorateId == governorateId);
        }

        if (filter.FromInstant is { } from)
        {
            events = events.Where(a => a.At >= from);
        }

        if (filter.ToInstant is { } to)
        {
            events = events.Where(a => a.At < to);
        }

        if (Pattern(filter.User) is { } user)
        {
            events = events.Where(a => EF.Functions.ILike(a.UserName, user) || a.UserId == filter.User);
        }

        if (!string.IsNullOrWhiteSpace(filter.Action))
        {
            // A prefix: "account." finds every account event.
            var action = $"{Like.Escape(filter.Action.Trim())}%";
            events = events.Where(a => EF.Functions.ILike(a.Action, action));
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityType))
        {
            events = events.Where(a => a.EntityType == filter.EntityType.Trim());
        }

        if (!string.IsNullOrWhiteSpace(filter.EntityId))
        {
            events = events.Where(a => a.EntityId == filter.EntityId.Trim());
        }

        if (Pattern(filter.Text) is { } text)
        {
            events = events.Where(a => EF.Functions.ILike(a.Note!, text) || EF.Functions.ILike(a.UserName, text)
                || EF.Functions.ILike(a.IpAddress!, text) || EF.Functions.ILike(a.EntityId!, text));
        }

        return events.OrderByDescending(a => a.At).ThenByDescending(a => a.Id);
    }

    private static IQueryable<AuditRow> Project(PreparednessDbContext db, IQueryable<AuditEvent> events) =>
        events.Select(a => new AuditRow(
            a.Id, a.At, a.UserName, a.IpAddress, a.Action, a.EntityType, a.EntityId, a.GovernorateId,
            db.Governorates.Where(g => g.Id == a.GovernorateId).Select(g => g.NameAr).FirstOrDefault(),
            db.Governorates.Where(g => g.Id == a.GovernorateId).Select(g => g.NameEn).FirstOrDefault(),
            a.Changes, a.Note));

    private static string? Pattern(string? text) => string.IsNullOrWhiteSpace(text) ? null : $"%{Like.Escape(text.Trim())}%";

    private static AccessDeniedException Refused(Actor actor) => new($"{actor.UserId} may not read the audit trail");
}
