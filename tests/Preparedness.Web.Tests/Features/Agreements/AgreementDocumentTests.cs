using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Agreements;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Agreements;

/// <summary>The signed document is a PDF by its bytes, at most 10 MB; anything else is refused with its reason and nothing is written.</summary>
public sealed class AgreementDocumentTests : AgreementTest
{
    public static TheoryData<string, string> Refused() => new()
    {
        { "executable", "Agreement.DocumentNotPdf" },
        { "photo", "Agreement.DocumentNotPdf" },
        { "text-with-pdf-header", "Agreement.DocumentNotPdf" },
        { "too-large", "Agreement.DocumentTooLarge" },
        { "empty", "Agreement.DocumentEmpty" },
    };

    private static EvidenceUpload File(string kind) => kind switch
    {
        "executable" => TestFiles.RenamedExecutable() with { FileName = "agreement.pdf" },
        "photo" => TestFiles.Photo("agreement.pdf"),
        "text-with-pdf-header" => new("agreement.pdf", "%PDF-1.7\nnot really a document"u8.ToArray()),
        "too-large" => new("agreement.pdf", [.. TestFiles.MinimalPdf(), .. new byte[AgreementPdf.MaxBytes]]),
        "empty" => new("agreement.pdf", []),
        _ => throw new ArgumentOutOfRangeException(nameof(kind)),
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public async Task A_document_that_is_not_a_pdf_or_too_large_is_refused_and_nothing_is_written(string kind, string error)
    {
        var recorded = await Get<AgreementService>().RecordAsync(World.LuxorSecretariat, World.Luxor.Id, Draft(), File(kind));
        var agreementId = await RecordAsync();
        var before = await CountsAsync();

        var attached = await Get<AgreementDocumentService>().AttachAsync(World.LuxorSecretariat, agreementId, File(kind));

        Assert.Equal([error], recorded.Errors);
        Assert.Equal([error], attached.Errors);
        Assert.Equal(before, await CountsAsync());
        Assert.Equal((1, 1), (before.Agreements, before.Documents));
        var kept = await Get<AgreementQueries>().DocumentAsync(World.LuxorSecretariat, agreementId);
        Assert.Equal(TestFiles.MinimalPdf(), kept!.Bytes);
    }

    [Fact]
    public async Task The_pdf_is_kept_replaced_audited_and_served_only_to_whoever_reads_the_agreement()
    {
        var agreementId = await RecordAsync(document: new EvidenceUpload("../../signed.pdf", TestFiles.MinimalPdf()));
        var replacement = new EvidenceUpload("signed-v2.pdf", [.. TestFiles.MinimalPdf()]);

        var attached = await Get<AgreementDocumentService>().AttachAsync(World.LuxorSecretariat, agreementId, replacement);

        Assert.True(attached.Succeeded, string.Join(", ", attached.Errors));
        var file = await Get<AgreementQueries>().DocumentAsync(World.EsnaHead, agreementId);
        Assert.Equal(("signed-v2.pdf", "application/pdf"), (file!.FileName, file.ContentType));
        Assert.Null(await Get<AgreementQueries>().DocumentAsync(World.AlexWaterHead, agreementId));
        var details = await Get<AgreementQueries>().GetAsync(World.LuxorGovernor, agreementId);
        Assert.Equal("signed-v2.pdf", details!.Document!.FileName);
        await using var db = Db();
        Assert.Equal(1, await db.AgreementDocuments.CountAsync());
        var audits = await db.AuditEvents.Where(a => a.Action == "agreement.document_attached").OrderBy(a => a.Id).ToListAsync();
        Assert.Equal(2, audits.Count);
        Assert.StartsWith("signed.pdf", audits[1].Changes.Single().From);
    }

    private async Task<(int Agreements, int Documents, int Audit)> CountsAsync()
    {
        await using var db = Db();
        return (await db.Agreements.CountAsync(), await db.AgreementDocuments.CountAsync(), await db.AuditEvents.CountAsync());
    }
}
