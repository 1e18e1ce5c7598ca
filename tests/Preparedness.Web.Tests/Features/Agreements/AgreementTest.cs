using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Agreements;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Evidence;
using Preparedness.Web.Tests.Features.Reminders;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Agreements;

/// <summary>The reminder test world (real accounts, so reviews are told) plus a Luxor agreement between the water company and Esna's council.</summary>
public abstract class AgreementTest : ReminderTest
{
    internal AgreementDraft Draft(int reviewInDays = 90, params int[] parties) => new()
    {
        TitleAr = "بروتوكول تعاون لمجابهة السيول",
        TitleEn = "Flood cooperation protocol",
        PartyOrganisationIds = parties.Length > 0 ? parties : [World.LuxorWater.Id, World.EsnaCouncil.Id],
        SignedOn = World.Today.AddMonths(-2),
        ReviewOn = World.Today.AddDays(reviewInDays),
        Scope = "تبادل المعدات وفرق الطوارئ خلال موسم الأمطار",
    };

    internal ShortTaskDraft Commitment(int? organisationId = null, int days = 7) => new()
    {
        TextAr = "تجهيز سيارات الشفط لمنطقة إسنا",
        OrganisationId = organisationId ?? World.LuxorWater.Id,
        DueOn = World.Today.AddDays(days),
    };

    internal async Task<int> RecordAsync(AgreementDraft? draft = null, EvidenceUpload? document = null, Actor? actor = null)
    {
        var result = await Get<AgreementService>().RecordAsync(actor ?? World.LuxorSecretariat, World.Luxor.Id, draft ?? Draft(), document ?? TestFiles.Pdf());
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.AgreementId!.Value;
    }

    internal async Task<int> CommitAsync(int agreementId, ShortTaskDraft? draft = null)
    {
        var result = await Get<CommitmentService>().AddAsync(World.LuxorSecretariat, agreementId, draft ?? Commitment());
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.TaskId!.Value;
    }
}
