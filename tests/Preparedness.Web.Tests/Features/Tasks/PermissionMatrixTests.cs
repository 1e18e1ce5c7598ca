using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;
using Preparedness.Web.Features.Meetings;
using Preparedness.Web.Features.Reports;
using Preparedness.Web.Features.National;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>
/// Every role against every action, called on the services themselves — the way a forged request
/// would reach them — on a Luxor task owned by Luxor's water company.
/// </summary>
public sealed partial class PermissionMatrixTests : DatabaseTest
{
    private const string Y = "allowed";
    private const string N = "denied";

    private static readonly string[] ActorNames =
        ["Admin", "LuxorSecretariat", "WaterHead", "EsnaHead", "LuxorAdviser", "LuxorGovernor", "LuxorOpsRoom", "AlexSecretariat", "AlexWaterHead", "National", PartnerActors.WaterPartner, PartnerActors.HealthPartner];

    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        // A partner reads no governorate-wide figure; its lists (ListTasks, ReadStock) are narrowed to its own organisation
        // (PartnerScopeTests): the water partner's hold the task, the health partner's are empty.
        //                    Admin Sec WaterHd EsnaHd Adviser Governor Ops AlexSec AlexHead National WaterPtnr HealthPtnr
        ["ReadDashboard"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, N, N],
        ["ListTasks"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y, Y],
        ["ReadTask"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y, N],
        ["UpdateProgress"] = [Y, Y, Y, N, N, N, N, N, N, N, Y, N],
        ["CreateTask"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["EditTask"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["BulkCreate"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["ReportDone"] = [Y, Y, Y, N, N, N, N, N, N, N, Y, N],
        ["Verify"] = [Y, Y, N, N, Y, N, N, N, N, N, N, N],
        ["Return"] = [Y, Y, N, N, Y, N, N, N, N, N, N, N],
        ["RaiseConcern"] = [Y, N, N, N, Y, N, N, N, N, N, N, N],
        ["ReadNational"] = [Y, N, N, N, N, N, N, N, N, Y, N, N],
        ["ResolveConcern"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["ReadMeetings"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, N, N],
        ["RecordMeeting"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["GiveDirective"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["ReadReport"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, N, N],
        ["ReadWaterReport"] = [Y, Y, Y, N, Y, Y, Y, N, N, Y, N, N],
        ["ReadResources"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, N, N],
        ["ReadStock"] = [Y, Y, Y, Y, Y, Y, Y, N, N, Y, Y, Y],
        ["UpdateStock"] = [Y, Y, Y, N, N, N, N, N, N, N, Y, N],
        ["AddStock"] = [Y, Y, Y, N, N, N, N, N, N, N, Y, N],
        ["SetMinimum"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["GapToTask"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["ManageResourceTypes"] = [Y, N, N, N, N, N, N, N, N, N, N, N],
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
    public async Task Role_can_or_cannot_do_action(string actorName, string action, string expected)
    {
        var task = await World.AddTaskAsync(t => { t.Measure = MeasureKind.Quantity; t.Target = 150; });
        var actor = PartnerActors.Find(World, actorName) ?? (Actor)typeof(TestWorld).GetProperty(actorName)!.GetValue(World)!;
        var historyBefore = await HistoryCountAsync();

        var allowed = await TryAsync(action, actor, task);

        Assert.Equal(expected, allowed ? Y : N);
        if (!allowed)
        {
            Assert.Equal(historyBefore, await HistoryCountAsync());
            await using var db = Db();
            Assert.Equal(1, await db.Tasks.CountAsync());
        }
    }

    private async Task<bool> TryAsync(string action, Actor actor, ReadinessTask task)
    {
        var luxor = World.Luxor.Id;
        switch (action)
        {
            case "ReadDashboard":
                return await Succeeds(() => Get<DashboardService>().GetAsync(actor, luxor));
            case "ReadNational":
                return await Succeeds(() => Get<NationalService>().GetAsync(actor));
            case "ListTasks":
                return await Succeeds(() => Get<TaskQueries>().ListAsync(actor, luxor, new TaskFilter(), new TaskPageRequest()));
            case "ReadTask":
                return await Get<TaskQueries>().GetAsync(actor, task.Id) is not null;
            case "UpdateProgress":
                var update = new ProgressUpdate(TaskStatus.InProgress, 120, null, "drains cleaned", task.Version);
                return await Saves(actor, () => Get<ProgressService>().UpdateAsync(actor, task.Id, update));
            case "CreateTask":
                return await Saves(actor, () => Get<TaskEditingService>().CreateAsync(actor, luxor, Draft()));
            case "EditTask":
                var draft = Draft();
                draft.TitleEn = "Renamed";
                return await Saves(actor, () => Get<TaskEditingService>().EditAsync(actor, task.Id, draft, task.Version));
            case "BulkCreate":
                var request = new BulkCreateRequest(["T01"], [World.LuxorWater.Id], [], null, null);
                return await Saves(actor, async () => (await Get<BulkCreateService>().CreateAsync(actor, luxor, request)).Result);
            case "ReportDone":
                var done = new ProgressUpdate(TaskStatus.ReportedDone, 150, null, "done", task.Version) { Evidence = [TestFiles.Photo()] };
                return await Saves(actor, () => Get<ProgressService>().UpdateAsync(actor, task.Id, done));
            case "Verify":
                var claimed = await ReportedAsync(task);
                return await Saves(actor, () => Get<ReviewService>().VerifyAsync(actor, claimed.Id, null, claimed.Version));
            case "Return":
                var reported = await ReportedAsync(task);
                return await Saves(actor, () => Get<ReviewService>().ReturnAsync(actor, reported.Id, "not enough", reported.Version));
            case "RaiseConcern":
                return await Saves(actor, () => Get<ConcernService>().RaiseAsync(actor, luxor, task.Id, null, "concern"));
            case "ResolveConcern":
                var concernId = await ConcernAsync(task);
                return await Saves(actor, () => Get<ConcernService>().ResolveAsync(actor, concernId, "fixed"));
            case "ReadMeetings":
                return await Succeeds(() => Get<MeetingQueries>().ListAsync(actor, luxor));
            case "RecordMeeting":
                var meeting = new MeetingDraft { HeldOn = World.Today, Chair = "المحافظ", OrganisationIds = [World.LuxorWater.Id] };
                return await Saves(actor, () => Get<MeetingService>().RecordAsync(actor, luxor, meeting));
            case "GiveDirective":
                var meetingId = await MeetingAsync();
                var directive = new ShortTaskDraft { TextAr = "تكليف", OrganisationId = World.LuxorWater.Id, DueOn = World.Today.AddDays(7) };
                return await Saves(actor, () => Get<DirectiveService>().AddAsync(actor, meetingId, directive));
            case "ReadReport":
                return await Succeeds(() => Get<ReadinessReportService>().GetAsync(actor, luxor, null, null));
            case "ReadWaterReport":
                // Another governorate's organisation is not found (null), as its tasks are: refused all the same.
                ReadinessReport? report = null;
                return await Succeeds(async () => report = await Get<ReadinessReportService>().GetAsync(actor, luxor, null, World.LuxorWater.Id))
                    && report is not null;
            case var resourceAction when ResourceActions.Contains(resourceAction):
                return await ResourceActionAsync(resourceAction, actor);
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    /// <summary>Puts the task in the state a review needs, without going through the services under test.</summary>
    private async Task<ReadinessTask> ReportedAsync(ReadinessTask task)
    {
        await using var db = Db();
        var stored = await db.Tasks.SingleAsync(t => t.Id == task.Id);
        if (stored.Status != TaskStatus.ReportedDone)
        {
            stored.Status = TaskStatus.ReportedDone;
            await db.SaveChangesAsync();
        }

        return stored;
    }

    private async Task<int> ConcernAsync(ReadinessTask task)
    {
        await using var db = Db();
        var concern = new Concern { GovernorateId = World.Luxor.Id, TaskId = task.Id, Text = "x", RaisedAt = Now, RaisedById = "adv-lx", RaisedByName = "Adviser" };
        db.Concerns.Add(concern);
        await db.SaveChangesAsync();
        return concern.Id;
    }

    /// <summary>A Luxor meeting, written directly: the case tests giving a directive, not recording the meeting.</summary>
    private async Task<int> MeetingAsync()
    {
        await using var db = Db();
        var meeting = new Meeting { GovernorateId = World.Luxor.Id, HeldOn = World.Today, Chair = "المحافظ", RecordedAt = Now, RecordedById = "sg-lx", RecordedByName = "SG" };
        db.Meetings.Add(meeting);
        await db.SaveChangesAsync();
        return meeting.Id;
    }

    private TaskDraft Draft() => new()
    {
        TitleAr = "مهمة جديدة",
        TitleEn = "New task",
        OrganisationId = World.LuxorWater.Id,
        DueOn = World.Today.AddDays(10),
    };

    private static async Task<bool> Succeeds(Func<Task> read)
    {
        try
        {
            await read();
            return true;
        }
        catch (AccessDeniedException)
        {
            return false;
        }
    }

    /// <summary>
    /// A change is saved, or refused the one way services refuse: by throwing. Only an actor who may not
    /// read Luxor is told "not found" instead, so another governorate's task is not revealed to exist.
    /// Any other outcome (invalid, conflict) would mean the case tests something else, and fails it.
    /// </summary>
    private async Task<bool> Saves(Actor actor, Func<Task<SaveResult>> change)
    {
        SaveResult result;
        try
        {
            result = await change();
        }
        catch (AccessDeniedException)
        {
            return false;
        }

        if (result.Status == SaveStatus.NotFound)
        {
            Assert.False(actor.CanRead(World.Luxor.Id), "a refusal to a reader of Luxor must be thrown, not reported as not found");
            return false;
        }

        Assert.True(result.Succeeded, $"{result.Status}: {string.Join(", ", result.Errors)}");
        return true;
    }

    private async Task<int> HistoryCountAsync()
    {
        await using var db = Db();
        return await db.TaskHistory.CountAsync();
    }
}
