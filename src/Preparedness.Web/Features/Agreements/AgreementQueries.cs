using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Governorates;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Agreements;

/// <summary>
/// A governorate's agreements for whoever reads the governorate; for the head of a party organisation who does
/// not, the agreements that organisation is party to (<see cref="Actor.CanReadAgreement"/>).
/// </summary>
internal sealed class AgreementQueries(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock, IOptions<ReadinessOptions> readiness)
{
    public const int MaxAgreements = 200;

    public async Task<IReadOnlyList<AgreementRow>> ListAsync(Actor actor, int governorateId, CancellationToken ct = default)
    {
        int? party = actor.CanRead(governorateId) ? null
            : actor.OrganisationId ?? throw new AccessDeniedException($"{actor.UserId} may not read the agreements of governorate {governorateId}");
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agreements = await db.Agreements.AsNoTracking()
            .Where(a => a.GovernorateId == governorateId && (party == null || a.PartyOrganisationIds.Contains(party.Value)))
            .OrderBy(a => a.RetiredAt != null).ThenBy(a => a.ReviewOn).ThenBy(a => a.Id)
            .Take(MaxAgreements)
            .Select(a => new { a.Id, a.TitleAr, a.TitleEn, a.SignedOn, a.ReviewOn, Retired = a.RetiredAt != null, Parties = a.PartyOrganisationIds.Length })
            .ToListAsync(ct);
        var ids = agreements.Select(a => a.Id).ToList();
        var m = ReadinessScore.Moment.At(clock, readiness.Value);
        var assessed = await (
                from c in db.AgreementCommitments.AsNoTracking()
                where c.GovernorateId == governorateId && ids.Contains(c.AgreementId)
                join a in db.Tasks.AsNoTracking().Assess(m) on c.TaskId equals a.Task.Id
                select new Assessed(c.AgreementId, c.TaskId, (int)a.Task.Priority, a.Credit, a.Task.Status == Tasks.TaskStatus.Verified, a.Task.Status == Tasks.TaskStatus.ReportedDone, a.Overdue))
            .ToListAsync(ct);
        var byAgreement = assessed.GroupBy(a => a.AgreementId).ToDictionary(g => g.Key, g => g.ToList());
        return [.. agreements.Select(a => byAgreement.TryGetValue(a.Id, out var rows)
            ? new AgreementRow(a.Id, a.TitleAr, a.TitleEn, a.SignedOn, a.ReviewOn, a.Retired, a.Parties, Figures(rows), [.. rows.Select(r => r.TaskId)])
            : new AgreementRow(a.Id, a.TitleAr, a.TitleEn, a.SignedOn, a.ReviewOn, a.Retired, a.Parties, CommitmentFigures.None, []))];
    }

    /// <summary>Null when there is no such agreement or the actor may not read it (its existence is not revealed).</summary>
    public async Task<AgreementDetails?> GetAsync(Actor actor, int agreementId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var a = await db.Agreements.AsNoTracking().SingleOrDefaultAsync(x => x.Id == agreementId, ct);
        if (a is null || !actor.CanReadAgreement(a.GovernorateId, a.PartyOrganisationIds))
        {
            return null;
        }

        var parties = await db.Organisations.AsNoTracking()
            .Where(o => a.PartyOrganisationIds.Contains(o.Id))
            .OrderBy(o => o.NameAr)
            .Select(o => new NamedItem(o.Id, o.NameAr, o.NameEn))
            .ToListAsync(ct);
        var document = await db.AgreementDocuments.AsNoTracking()
            .Where(d => d.AgreementId == agreementId)
            .Select(d => new AgreementDocumentInfo(d.FileName, d.Size, d.UploadedAt, d.UploadedByName))
            .SingleOrDefaultAsync(ct);
        var today = CairoTime.Today(clock);
        var commitments = await db.AgreementCommitments.AsNoTracking()
            .Where(c => c.AgreementId == agreementId)
            .OrderBy(c => c.Task!.DueOn).ThenBy(c => c.TaskId)
            .Select(c => new CommitmentRow(
                c.TaskId, c.AgreementId, c.Task!.TitleAr, c.Task.TitleEn, c.Task.OrganisationId, c.Task.Organisation!.NameAr, c.Task.Organisation.NameEn,
                c.Task.DueOn, c.Task.Status,
                c.Task.Status != Tasks.TaskStatus.ReportedDone && c.Task.Status != Tasks.TaskStatus.Verified && c.Task.DueOn < today))
            .ToListAsync(ct);
        return new AgreementDetails(
            a.Id, a.GovernorateId, a.TitleAr, a.TitleEn, parties, a.SignedOn, a.ReviewOn, a.Scope, a.RetiredAt, a.RecordedByName, a.RecordedAt, a.Version,
            document, commitments);
    }

    /// <summary>The agreement a task is a commitment of, if it is one and the actor may read that agreement (for the task page).</summary>
    public async Task<(int AgreementId, string TitleAr, string TitleEn)?> OriginOfAsync(Actor actor, int taskId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var origin = await db.AgreementCommitments.AsNoTracking()
            .Where(c => c.TaskId == taskId)
            .Join(db.Agreements, c => c.AgreementId, a => a.Id, (c, a) => new { a.Id, a.TitleAr, a.TitleEn, a.GovernorateId, a.PartyOrganisationIds })
            .SingleOrDefaultAsync(ct);
        return origin is not null && actor.CanReadAgreement(origin.GovernorateId, origin.PartyOrganisationIds) ? (origin.Id, origin.TitleAr, origin.TitleEn) : null;
    }

    /// <summary>The signed PDF, served like evidence: only to someone who may read the agreement.</summary>
    public async Task<Tasks.Evidence.EvidenceContent?> DocumentAsync(Actor actor, int agreementId, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var found = await db.AgreementDocuments.AsNoTracking()
            .Where(d => d.AgreementId == agreementId)
            .Join(db.Agreements, d => d.AgreementId, a => a.Id, (d, a) => new { d.FileName, d.Content, a.GovernorateId, a.PartyOrganisationIds })
            .SingleOrDefaultAsync(ct);
        return found is null || !actor.CanReadAgreement(found.GovernorateId, found.PartyOrganisationIds)
            ? null
            : new Tasks.Evidence.EvidenceContent(found.FileName, "application/pdf", found.Content);
    }

    private static CommitmentFigures Figures(List<Assessed> list)
    {
        var weight = list.Sum(r => r.Weight);
        return new CommitmentFigures(
            list.Count, list.Count(r => r.Verified), list.Count(r => r.ReportedDone), list.Count(r => r.Overdue),
            weight == 0 ? null : Math.Round(list.Sum(r => r.Weight * r.Credit) / weight * 100m, 1));
    }

    private sealed record Assessed(int AgreementId, int TaskId, int Weight, decimal Credit, bool Verified, bool ReportedDone, bool Overdue);
}
