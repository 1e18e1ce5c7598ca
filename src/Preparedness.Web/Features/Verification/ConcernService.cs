using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Verification;

public sealed record ConcernRow(int Id, int? TaskId, string? TaskTitleAr, string? TaskTitleEn, int? OrganisationId, string? OrganisationNameAr,
    string? OrganisationNameEn, string Text, DateTimeOffset RaisedAt, string RaisedByName, DateTimeOffset? ResolvedAt, string? ResolvedByName, string? Resolution);

/// <summary>The military adviser raises concerns about a task or an organisation; the secretariat resolves them.</summary>
internal sealed class ConcernService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public const int MaxLength = 2000;

    public async Task<SaveResult> RaiseAsync(Actor actor, int governorateId, int? taskId, int? organisationId, string? text, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanRaiseConcern(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not raise a concern in governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = new List<string>();
        if (string.IsNullOrWhiteSpace(text)) errors.Add("Concern.TextRequired");
        if (text?.Length > MaxLength) errors.Add("Validation.NoteTooLong");
        if (Security.UntrustedText.HasControlCharacters(text)) errors.Add("Input.ControlCharacters");
        if (taskId is null == organisationId is null) errors.Add("Concern.SubjectRequired");
        if (taskId is { } t && !await db.Tasks.AnyAsync(x => x.Id == t && x.GovernorateId == governorateId, ct)) errors.Add("Error.NotFound");
        if (organisationId is { } o && !await db.Organisations.AnyAsync(x => x.Id == o && x.GovernorateId == governorateId, ct)) errors.Add("Validation.OrganisationInvalid");
        if (errors.Count > 0)
        {
            return SaveResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var concern = new Concern
        {
            GovernorateId = governorateId, TaskId = taskId, OrganisationId = organisationId, Text = text!.Trim(),
            RaisedAt = now, RaisedById = actor.UserId, RaisedByName = actor.Name,
        };
        db.Concerns.Add(concern);
        await db.SaveAndAnnounceAsync(
            () => ConcernChange.Of(concern, actor.Name, now),
            ct,
            afterInsert: () => db.Record(actor, now, "concern.raised", "concern", $"{concern.Id}", governorateId, note: concern.Text));
        return SaveResult.Saved(concern.Id);
    }

    public async Task<SaveResult> ResolveAsync(Actor actor, int concernId, string? resolution, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var concern = await db.Concerns.SingleOrDefaultAsync(c => c.Id == concernId, ct);
        if (concern is null || !actor.CanRead(concern.GovernorateId))
        {
            return SaveResult.NotFound;
        }

        if (!actor.CanResolveConcerns(concern.GovernorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not resolve concerns in governorate {concern.GovernorateId}");
        }

        if (!concern.IsOpen || resolution?.Length > MaxLength)
        {
            return SaveResult.Invalid([concern.IsOpen ? "Validation.NoteTooLong" : "Concern.AlreadyResolved"]);
        }

        if (Security.UntrustedText.HasControlCharacters(resolution))
        {
            return SaveResult.Invalid(["Input.ControlCharacters"]);
        }

        var now = clock.GetUtcNow();
        concern.ResolvedAt = now;
        concern.ResolvedById = actor.UserId;
        concern.ResolvedByName = actor.Name;
        concern.Resolution = string.IsNullOrWhiteSpace(resolution) ? null : resolution.Trim();
        db.Record(actor, now, "concern.resolved", "concern", $"{concern.Id}", concern.GovernorateId, note: concern.Resolution);
        await db.SaveAndAnnounceAsync(() => ConcernChange.Of(concern, actor.Name, now), ct);
        return SaveResult.Saved(concern.Id);
    }

    public async Task<IReadOnlyList<ConcernRow>> ListAsync(Actor actor, int governorateId, bool openOnly, int? taskId = null, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Concerns.AsNoTracking()
            .Where(c => c.GovernorateId == governorateId && (!openOnly || c.ResolvedAt == null) && (taskId == null || c.TaskId == taskId))
            .OrderByDescending(c => c.ResolvedAt == null).ThenByDescending(c => c.RaisedAt)
            .Select(c => new ConcernRow(
                c.Id, c.TaskId,
                db.Tasks.Where(t => t.Id == c.TaskId).Select(t => t.TitleAr).FirstOrDefault(),
                db.Tasks.Where(t => t.Id == c.TaskId).Select(t => t.TitleEn).FirstOrDefault(),
                c.OrganisationId,
                db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.NameAr).FirstOrDefault(),
                db.Organisations.Where(o => o.Id == c.OrganisationId).Select(o => o.NameEn).FirstOrDefault(),
                c.Text, c.RaisedAt, c.RaisedByName, c.ResolvedAt, c.ResolvedByName, c.Resolution))
            .Take(500)
            .ToListAsync(ct);
    }

    public async Task<int> OpenCountAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not read governorate {governorateId}");
        }

        await using var db = await dbFactory.CreateDbContextAsync(ct);
        return await db.Concerns.CountAsync(c => c.GovernorateId == governorateId && c.ResolvedAt == null, ct);
    }
}
