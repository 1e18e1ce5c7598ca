using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Agreements;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Agreements;

/// <summary>
/// Every role against every agreement action, called on the services themselves — the way a forged request would
/// reach them — on a Luxor agreement between the water company and the health directorate. The columns are the task
/// matrix's plus a head of a party organisation who does not read the governorate (what a partner account will be):
/// the agreement's party clause lets them read it; nothing lets them change it.
/// </summary>
public sealed class AgreementPermissionMatrixTests : DatabaseTest
{
    private const string Y = "allowed";
    private const string N = "denied";

    private static readonly string[] ActorNames =
        ["Admin", "LuxorSecretariat", "WaterHead", "EsnaHead", "LuxorAdviser", "LuxorGovernor", "LuxorOpsRoom", "AlexSecretariat", "AlexWaterHead", "National", "PartyOnly"];

    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        //                        Admin Sec WaterHd EsnaHd Adviser Governor Ops AlexSec AlexHead National PartyOnly
        ["ListAgreements"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y],
        ["ReadAgreement"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y],
        ["ReadDocument"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y],
        ["ReadCommitmentOrigin"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y],
        ["RecordAgreement"] = [Y, Y, N, N, N, N, N, N, N, N, N],
        ["EditAgreement"] = [Y, Y, N, N, N, N, N, N, N, N, N],
        ["AttachDocument"] = [Y, Y, N, N, N, N, N, N, N, N, N],
        ["RetireAgreement"] = [Y, Y, N, N, N, N, N, N, N, N, N],
        ["AddCommitment"] = [Y, Y, N, N, N, N, N, N, N, N, N],
    };

    public static TheoryData<string, string, string> Cases()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var (action, outcomes) in Matrix)
        {
            for (var i = 0; i < ActorNames.Length; i++)
            {
                data.Add(ActorNames[i], action, outcomes[i]);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Role_can_or_cannot_do_agreement_action(string actorName, string action, string expected)
    {
        var (agreementId, taskId) = await ArrangeAsync();
        var actor = actorName == "PartyOnly"
            ? new Actor("partner-lx", "Partner", Roles.OrganisationHead, null, World.LuxorHealth.Id)
            : (Actor)typeof(TestWorld).GetProperty(actorName)!.GetValue(World)!;
        var before = await CountsAsync();

        var allowed = await TryAsync(action, actor, agreementId, taskId);

        Assert.Equal(expected, allowed ? Y : N);
        if (!allowed)
        {
            Assert.Equal(before, await CountsAsync());
        }
    }

    [Fact]
    public void The_party_clause_reads_an_agreement_for_its_parties_heads_even_without_the_governorate()
    {
        var partner = new Actor("partner-lx", "Partner", Roles.OrganisationHead, null, World.LuxorHealth.Id);

        Assert.False(partner.CanRead(World.Luxor.Id));
        Assert.True(partner.CanReadAgreement(World.Luxor.Id, [World.LuxorWater.Id, World.LuxorHealth.Id]));
        Assert.False(partner.CanReadAgreement(World.Luxor.Id, [World.LuxorWater.Id, World.EsnaCouncil.Id]));
        Assert.False(World.AlexWaterHead.CanReadAgreement(World.Luxor.Id, [World.LuxorWater.Id, World.LuxorHealth.Id]));
        Assert.True(World.EsnaHead.CanReadAgreement(World.Luxor.Id, [World.LuxorWater.Id, World.LuxorHealth.Id]));
    }

    private async Task<(int AgreementId, int TaskId)> ArrangeAsync()
    {
        var draft = Draft();
        var recorded = await Get<AgreementService>().RecordAsync(World.LuxorSecretariat, World.Luxor.Id, draft, TestFiles.Pdf());
        var commitment = await Get<CommitmentService>().AddAsync(World.LuxorSecretariat, recorded.AgreementId!.Value, Commitment());
        Assert.True(commitment.Succeeded, string.Join(", ", commitment.Errors));
        return (recorded.AgreementId!.Value, commitment.TaskId!.Value);
    }

    private AgreementDraft Draft() => new()
    {
        TitleAr = "بروتوكول تعاون", TitleEn = "Cooperation protocol", PartyOrganisationIds = [World.LuxorWater.Id, World.LuxorHealth.Id],
        SignedOn = World.Today.AddMonths(-1), ReviewOn = World.Today.AddMonths(6), Scope = "تبادل المعدات",
    };

    private ShortTaskDraft Commitment() => new() { TextAr = "تجهيز المعدات", OrganisationId = World.LuxorWater.Id, DueOn = World.Today.AddDays(10) };

    private async Task<bool> TryAsync(string action, Actor actor, int agreementId, int taskId)
    {
        var queries = Get<AgreementQueries>();
        var version = (await queries.GetAsync(World.LuxorSecretariat, agreementId))!.Version;
        return action switch
        {
            "ListAgreements" => await Refused(() => queries.ListAsync(actor, World.Luxor.Id)) is { } rows && rows.Any(r => r.Id == agreementId),
            "ReadAgreement" => await queries.GetAsync(actor, agreementId) is not null,
            "ReadDocument" => await queries.DocumentAsync(actor, agreementId) is not null,
            "ReadCommitmentOrigin" => await queries.OriginOfAsync(actor, taskId) is not null,
            "RecordAgreement" => await Saves(() => Get<AgreementService>().RecordAsync(actor, World.Luxor.Id, Draft(), null)),
            "EditAgreement" => await Saves(() => Get<AgreementService>().UpdateAsync(actor, agreementId, Edited(version))),
            "AttachDocument" => await Saves(() => Get<AgreementDocumentService>().AttachAsync(actor, agreementId, TestFiles.Pdf())),
            "RetireAgreement" => await Saves(() => Get<AgreementService>().RetireAsync(actor, agreementId, version)),
            "AddCommitment" => await Saves(async () =>
            {
                var result = await Get<CommitmentService>().AddAsync(actor, agreementId, Commitment());
                return result.Succeeded ? AgreementResult.Saved(agreementId) : result.Status == SaveStatus.NotFound ? AgreementResult.NotFound : AgreementResult.Invalid(result.Errors);
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, null),
        };
    }

    private AgreementDraft Edited(uint version)
    {
        var draft = Draft();
        draft.Scope = "تبادل المعدات وفرق الطوارئ";
        draft.Version = version;
        return draft;
    }

    private static async Task<T?> Refused<T>(Func<Task<T>> call) where T : class
    {
        try
        {
            return await call();
        }
        catch (AccessDeniedException)
        {
            return null;
        }
    }

    // Another governorate's record is not found; a refusal is an exception; both leave everything as it was.
    private static async Task<bool> Saves(Func<Task<AgreementResult>> call)
    {
        try
        {
            var result = await call();
            Assert.True(result.Succeeded || result.Status == AgreementSaveStatus.NotFound, string.Join(", ", result.Errors));
            return result.Succeeded;
        }
        catch (AccessDeniedException)
        {
            return false;
        }
    }

    private async Task<(int Agreements, int Documents, int Commitments, int Tasks, int Audit, string Scope)> CountsAsync()
    {
        await using var db = Db();
        return (await db.Agreements.CountAsync(), await db.AgreementDocuments.CountAsync(), await db.AgreementCommitments.CountAsync(),
            await db.Tasks.CountAsync(), await db.AuditEvents.CountAsync(), await db.Agreements.OrderBy(a => a.Id).Select(a => a.Scope + (a.RetiredAt == null ? "" : "!")).FirstAsync());
    }
}
