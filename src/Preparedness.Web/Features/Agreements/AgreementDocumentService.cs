using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks.Evidence;

namespace Preparedness.Web.Features.Agreements;

/// <summary>The signed PDF of an agreement: added or replaced by the secretariat; anything but a PDF is refused and nothing is written.</summary>
internal sealed class AgreementDocumentService(IDbContextFactory<PreparednessDbContext> dbFactory, TimeProvider clock)
{
    public async Task<AgreementResult> AttachAsync(Actor actor, int agreementId, EvidenceUpload document, CancellationToken ct = default)
    {
        await using var db = await dbFactory.CreateDbContextAsync(ct);
        var agreement = await AgreementService.FindAsync(db, actor, agreementId, ct);
        if (agreement is null)
        {
            return AgreementResult.NotFound;
        }

        if (AgreementPdf.Refusal(document) is { } refusal)
        {
            return AgreementResult.Invalid([refusal]);
        }

        var now = clock.GetUtcNow();
        var old = await db.AgreementDocuments.SingleOrDefaultAsync(d => d.AgreementId == agreementId, ct);
        agreement.UpdatedAt = now;
        Attach(db, actor, agreement, document, old, now);
        await db.SaveAndAnnounceAsync(() => new AgreementChange(agreement.GovernorateId, agreement.Id, actor.Name, now), ct);
        return AgreementResult.Saved(agreement.Id);
    }

    /// <summary>Into the caller's unit of work, with its audit row: the file and the record commit together.</summary>
    internal static void Attach(PreparednessDbContext db, Actor actor, Agreement agreement, EvidenceUpload document, AgreementDocument? old, DateTimeOffset now)
    {
        var file = old ?? db.AgreementDocuments.Add(new AgreementDocument { AgreementId = agreement.Id, FileName = "", Content = [], UploadedByName = "" }).Entity;
        var previous = old is null ? null : $"{old.FileName} ({old.Size} bytes)";
        (file.FileName, file.Size, file.Content, file.UploadedAt, file.UploadedByName) =
            (AgreementPdf.FileName(document), document.Content.Length, document.Content, now, actor.Name);
        db.Record(actor, now, "agreement.document_attached", "agreement", $"{agreement.Id}", agreement.GovernorateId,
            [new FieldChange { Field = "Document", From = previous, To = $"{file.FileName} ({file.Size} bytes)" }]);
    }
}
