using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Agreements;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Evidence;

namespace Preparedness.Web.Features.DemoData;

/// <summary>
/// Each governorate's cooperation agreement, recorded through the agreements' own services (so its commitments are
/// tasks made by the task rules). Alexandria's is the health directorate's memorandum with the Popular and Military
/// Defence forces (research data S53, 2025; the exact day is not given, so the demo's is illustrative); Luxor's
/// protocol with the Red Crescent is plainly marked as demo data. Alexandria's review falls within the reminder
/// window, so the first review sweep tells its secretariat and parties.
/// </summary>
internal sealed class DemoAgreements(AgreementService agreements, CommitmentService commitments, TimeProvider clock)
{
    private sealed record Commitment(string Owner, string Ar, string En, int DueInDays, TaskCategory Category);

    private sealed record Demo(string TitleAr, string TitleEn, string[] Parties, DateOnly SignedOn, int ReviewInDays, string Scope, Commitment[] Commitments);

    private static readonly Dictionary<string, Demo> ByGovernorate = new()
    {
        ["alexandria"] = new(
            "مذكرة تعاون بين مديرية الشئون الصحية بالإسكندرية وقوات الدفاع الشعبي والعسكري لإدارة الطوارئ والأزمات الصحية",
            "Memorandum of cooperation: Alexandria Health Affairs Directorate and the Popular & Military Defence Forces on emergency and health-crisis management",
            ["dir-health", "military-adviser"], new DateOnly(2025, 10, 15), 21,
            "التنسيق المشترك في إدارة الطوارئ والأزمات الصحية: الاتصال والتفعيل، الإسعاف والإخلاء الطبي، والتدريبات المشتركة.",
            [
                new("dir-health", "اعتماد ملحق الاتصال والتفعيل المشترك بين غرفة الطوارئ الصحية والدفاع الشعبي", "Agree the joint contact and activation annex with the Popular Defence forces", 10, TaskCategory.Health),
                new("military-adviser", "تحديد نقاط تمركز فرق الإسعاف والإخلاء الطبي بالتنسيق مع مديرية الصحة", "Set staging points for ambulance and medical-evacuation teams with the health directorate", 20, TaskCategory.Health),
                new("dir-health", "تنفيذ تدريب مشترك على إدارة الأزمات الصحية", "Hold a joint drill on health-crisis management", -3, TaskCategory.Health),
            ]),
        ["luxor"] = new(
            "بروتوكول تعاون بين مديرية الشئون الصحية والهلال الأحمر بالأقصر (بيانات تجريبية)",
            "Cooperation protocol: Luxor Health Affairs Directorate and the Red Crescent (demo)",
            ["dir-health", "red-crescent"], new DateOnly(2026, 9, 1), 180,
            "تجهيز فرق متطوعين للإسعافات الأولية ودعم مراكز الإيواء خلال موسم الأمطار والسيول.",
            [new("red-crescent", "تجهيز فرق متطوعين للإسعافات الأولية لمراكز الإيواء", "Ready first-aid volunteer teams for the shelters", 14, TaskCategory.Health)]),
    };

    public async Task SeedAsync(DemoStructure structure, CancellationToken ct)
    {
        if (!ByGovernorate.TryGetValue(structure.Governorate.Code, out var demo) || !demo.Parties.All(structure.Organisations.ContainsKey))
        {
            return;
        }

        var today = CairoTime.Today(clock);
        var draft = new AgreementDraft
        {
            TitleAr = demo.TitleAr, TitleEn = demo.TitleEn, Scope = demo.Scope, SignedOn = demo.SignedOn < today ? demo.SignedOn : today.AddMonths(-1),
            ReviewOn = today.AddDays(demo.ReviewInDays), PartyOrganisationIds = [.. demo.Parties.Select(p => structure.Organisations[p].Id)],
        };
        var recorded = await agreements.RecordAsync(Actor.System, structure.Governorate.Id, draft, new EvidenceUpload("agreement-demo.pdf", DemoPdf.Make()), ct);
        Check(recorded.Errors);
        foreach (var c in demo.Commitments)
        {
            var added = await commitments.AddAsync(Actor.System, recorded.AgreementId!.Value, new ShortTaskDraft
            {
                TextAr = c.Ar, TextEn = c.En, OrganisationId = structure.Organisations[c.Owner].Id, DueOn = today.AddDays(c.DueInDays), Category = c.Category,
            }, ct);
            Check(added.Errors);
        }
    }

    private static void Check(IReadOnlyList<string> errors)
    {
        if (errors.Count > 0)
        {
            throw new InvalidOperationException($"Could not seed a demo agreement: {string.Join(", ", errors)}");
        }
    }
}
