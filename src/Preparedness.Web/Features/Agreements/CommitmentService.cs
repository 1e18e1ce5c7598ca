using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Agreements;

/// <summary>
/// A commitment of an agreement becomes a task owned by one of its parties, through the task rules themselves
/// (<see cref="TaskEditingService"/>: validation, the open season, history, audit, the task's live announcement),
/// so it is reminded and escalated like any task; the link to the agreement is written in the same transaction.
/// </summary>
internal sealed class CommitmentService(IDbContextFactory<PreparednessDbContext> dbFactory, TaskEditingService tasks)
{
    public async Task<SaveResult> AddAsync(Actor actor, int agreementId, ShortTaskDraft draft, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agreement = await db.Agreements.AsNoTracking()
            .Where(a => a.Id == agreementId)
            .Select(a => new { a.GovernorateId, a.PartyOrganisationIds, a.RetiredAt })
            .SingleOrDefaultAsync(ct);
        if (agreement is null || !actor.CanReadAgreement(agreement.GovernorateId, agreement.PartyOrganisationIds))
        {
            return SaveResult.NotFound;
        }

        var gov = agreement.GovernorateId;
        if (!actor.CanManageAgreements(gov))
        {
            throw new AccessDeniedException($"{actor.UserId} may not add commitments to agreement {agreementId}");
        }

        if (agreement.RetiredAt is not null)
        {
            return SaveResult.Invalid(["Commitment.AgreementRetired"]);
        }

        if (draft.OrganisationId is { } owner && !agreement.PartyOrganisationIds.Contains(owner))
        {
            return SaveResult.Invalid(["Commitment.OwnerNotParty"]);
        }

        DateTimeOffset? at = null;
        var result = await tasks.CreateAsync(actor, gov, draft.ToTask(), (tx, task, now) =>
        {
            at = now;
            tx.Add(new AgreementCommitment { AgreementId = agreementId, TaskId = task.Id, GovernorateId = gov, CreatedAt = now });
            tx.Record(actor, now, "agreement.commitment_added", "agreement", $"{agreementId}", gov, [new FieldChange { Field = "TaskId", To = $"{task.Id}" }]);
        }, ct);

        // The task's own announcement went with its commit; the agreement's screens hear of their new commitment too.
        if (result.Succeeded && at is { } committed)
        {
            await db.AnnounceAsync(new AgreementChange(gov, agreementId, actor.Name, committed), ct);
        }

        return result;
    }
}
