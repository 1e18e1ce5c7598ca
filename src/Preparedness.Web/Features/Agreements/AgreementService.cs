using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks.Evidence;

namespace Preparedness.Web.Features.Agreements;

/// <summary>The secretariat records, edits and retires the governorate's cooperation agreements; each change audited and announced.</summary>
internal sealed class AgreementService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<AgreementResult> RecordAsync(Actor actor, int governorateId, AgreementDraft draft, EvidenceUpload? document, CancellationToken ct = default)
    {
        if (!actor.CanRead(governorateId))
        {
            return AgreementResult.NotFound;
        }

        Demand(actor, governorateId);
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var errors = await ValidateAsync(db, governorateId, draft, ct);
        if (document is not null && AgreementPdf.Refusal(document) is { } refusal) errors.Add(refusal);
        if (errors.Count > 0)
        {
            return AgreementResult.Invalid(errors);
        }

        var now = clock.GetUtcNow();
        var agreement = new Agreement { GovernorateId = governorateId, TitleAr = "", TitleEn = "", Scope = "", RecordedAt = now, RecordedByName = actor.Name };
        var changes = Apply(agreement, draft, now);
        db.Agreements.Add(agreement);
        await db.SaveAndAnnounceAsync(
            () => new AgreementChange(governorateId, agreement.Id, actor.Name, now),
            ct,
            afterInsert: () =>
            {
                db.Record(actor, now, "agreement.recorded", "agreement", $"{agreement.Id}", governorateId, changes, agreement.TitleEn);
                if (document is not null) AgreementDocumentService.Attach(db, actor, agreement, document, null, now);
            });
        return AgreementResult.Saved(agreement.Id);
    }

    public Task<AgreementResult> UpdateAsync(Actor actor, int agreementId, AgreementDraft draft, CancellationToken ct = default) =>
        ChangeAsync(actor, agreementId, draft.Version, "agreement.changed", async (db, agreement, now) =>
        {
            var errors = await ValidateAsync(db, agreement.GovernorateId, draft, ct);
            return errors.Count > 0 ? (errors, []) : ([], Apply(agreement, draft, now));
        }, ct);

    public Task<AgreementResult> RetireAsync(Actor actor, int agreementId, uint version, CancellationToken ct = default) =>
        ChangeAsync(actor, agreementId, version, "agreement.retired", (_, agreement, now) =>
        {
            List<FieldChange> changes = [new() { Field = "RetiredAt", To = now.ToString("O", CultureInfo.InvariantCulture) }];
            agreement.RetiredAt ??= now;
            return Task.FromResult<(List<string>, List<FieldChange>)>(([], changes));
        }, ct);

    private async Task<AgreementResult> ChangeAsync(
        Actor actor, int agreementId, uint version, string action,
        Func<PreparednessDbContext, Agreement, DateTimeOffset, Task<(List<string> Errors, List<FieldChange> Changes)>> change, CancellationToken ct)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agreement = await FindAsync(db, actor, agreementId, ct);
        if (agreement is null)
        {
            return AgreementResult.NotFound;
        }

        var now = clock.GetUtcNow();
        var (errors, changes) = await change(db, agreement, now);
        if (errors.Count > 0)
        {
            return AgreementResult.Invalid(errors);
        }

        db.Entry(agreement).Property(a => a.Version).OriginalValue = version;
        agreement.UpdatedAt = now;
        db.Record(actor, now, action, "agreement", $"{agreement.Id}", agreement.GovernorateId, changes, agreement.TitleEn);
        try
        {
            await db.SaveAndAnnounceAsync(() => new AgreementChange(agreement.GovernorateId, agreement.Id, actor.Name, now), ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AgreementResult.Conflict;
        }

        return AgreementResult.Saved(agreement.Id);
    }

    /// <summary>Null for an agreement the actor may not read (its existence is not revealed); refused for a reader who may not manage it.</summary>
    internal static async Task<Agreement?> FindAsync(PreparednessDbContext db, Actor actor, int agreementId, CancellationToken ct)
    {
        var agreement = await db.Agreements.SingleOrDefaultAsync(a => a.Id == agreementId, ct);
        if (agreement is null || !actor.CanReadAgreement(agreement.GovernorateId, agreement.PartyOrganisationIds))
        {
            return null;
        }

        Demand(actor, agreement.GovernorateId);
        return agreement;
    }

    private async Task<List<string>> ValidateAsync(PreparednessDbContext db, int governorateId, AgreementDraft draft, CancellationToken ct)
    {
        var errors = draft.Validate(CairoTime.Today(clock)).ToList();
        var parties = draft.PartyOrganisationIds.Distinct().ToArray();
        var known = await db.Organisations.CountAsync(o => o.GovernorateId == governorateId && parties.Contains(o.Id), ct);
        if (known != parties.Length) errors.Add("Agreement.PartyInvalid");
        return errors;
    }

    private static List<FieldChange> Apply(Agreement a, AgreementDraft d, DateTimeOffset now)
    {
        var parties = d.PartyOrganisationIds.Distinct().Order().ToArray();
        List<FieldChange> changes =
        [
            new() { Field = "TitleAr", From = a.TitleAr, To = d.TitleAr.Trim() },
            new() { Field = "TitleEn", From = a.TitleEn, To = d.TitleEn.Trim() },
            new() { Field = "PartyOrganisationIds", From = string.Join(",", a.PartyOrganisationIds), To = string.Join(",", parties) },
            new() { Field = "SignedOn", From = Day(a.SignedOn), To = Day(d.SignedOn!.Value) },
            new() { Field = "ReviewOn", From = Day(a.ReviewOn), To = Day(d.ReviewOn!.Value) },
            new() { Field = "Scope", From = a.Scope, To = d.Scope.Trim() },
        ];
        (a.TitleAr, a.TitleEn, a.PartyOrganisationIds, a.SignedOn, a.ReviewOn, a.Scope, a.UpdatedAt) =
            (d.TitleAr.Trim(), d.TitleEn.Trim(), parties, d.SignedOn!.Value, d.ReviewOn!.Value, d.Scope.Trim(), now);
        return [.. changes.Where(c => c.From != c.To)];
    }

    private static string Day(DateOnly day) => day == default ? "" : day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static void Demand(Actor actor, int governorateId)
    {
        if (!actor.CanManageAgreements(governorateId))
        {
            throw new AccessDeniedException($"{actor.UserId} may not manage the agreements of governorate {governorateId}");
        }
    }
}
