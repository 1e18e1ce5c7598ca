using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Meetings;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Verification;
using Preparedness.Web.Tests.Features.Reminders;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Meetings;

public sealed class DirectiveTests : MeetingTest
{
    [Fact]
    public async Task A_directive_becomes_a_task_for_its_owner_linked_to_its_meeting_with_history_and_audit()
    {
        var meetingId = await RecordAsync();

        var taskId = await GiveAsync(meetingId, Directive(days: 7));

        await using var db = Db();
        var task = await db.Tasks.Include(t => t.History).SingleAsync(t => t.Id == taskId);
        Assert.Equal((World.LuxorWater.Id, World.Today.AddDays(7), World.LuxorPlan.Id, TaskStatus.NotStarted), (task.OrganisationId, task.DueOn, task.PlanId, task.Status));
        Assert.Equal(("تطهير مخرات السيول قبل الموسم", "تطهير مخرات السيول قبل الموسم"), (task.TitleAr, task.TitleEn));
        Assert.Equal(HistoryKind.Created, Assert.Single(task.History).Kind);
        var directive = await db.MeetingDirectives.SingleAsync();
        Assert.Equal((meetingId, taskId, World.Luxor.Id), (directive.MeetingId, directive.TaskId, directive.GovernorateId));
        Assert.Equal(["meeting.directive_given", "meeting.recorded", "task.created"], await db.AuditEvents.Select(a => a.Action).OrderBy(a => a).ToListAsync());
        var details = await Get<MeetingQueries>().GetAsync(World.LuxorGovernor, meetingId);
        Assert.Equal([taskId], details!.Directives.Select(d => d.TaskId));
        Assert.Equal(new[] { World.LuxorWater.Id, World.EsnaCouncil.Id }.Order(), details.Organisations.Select(o => o.Id).Order());
        Assert.Equal((meetingId, World.Today), await Get<MeetingQueries>().OriginOfAsync(World.WaterHead, taskId));
        Assert.Null(await Get<MeetingQueries>().OriginOfAsync(World.AlexSecretariat, taskId));
    }

    [Fact]
    public async Task The_directives_status_follows_its_task_open_done_verified_and_overdue()
    {
        var meetingId = await RecordAsync();
        var doneId = await GiveAsync(meetingId, Directive(days: 7));
        var lateId = await GiveAsync(meetingId, Directive(days: 2, organisationId: World.EsnaCouncil.Id));
        var states = async () => (await Get<MeetingQueries>().DirectivesAsync(World.LuxorSecretariat, World.Luxor.Id))
            .OrderBy(r => r.TaskId).Select(r => r.State).ToList();
        Assert.Equal([DirectiveState.Open, DirectiveState.Open], await states());

        var version = (await Get<TaskQueries>().GetAsync(World.WaterHead, doneId))!.Version;
        var reported = await Get<ProgressService>().UpdateAsync(World.WaterHead, doneId, new ProgressUpdate(TaskStatus.ReportedDone, null, null, "تم", version) { Evidence = [TestFiles.Photo()] });
        Assert.True(reported.Succeeded, string.Join(", ", reported.Errors));
        Assert.Equal([DirectiveState.Done, DirectiveState.Open], await states());

        version = (await Get<TaskQueries>().GetAsync(World.LuxorAdviser, doneId))!.Version;
        await Get<ReviewService>().VerifyAsync(World.LuxorAdviser, doneId, null, version);
        Clock.Advance(TimeSpan.FromDays(3));
        Assert.Equal([DirectiveState.Verified, DirectiveState.Overdue], await states());

        var onlyEsna = await Get<MeetingQueries>().DirectivesAsync(World.LuxorSecretariat, World.Luxor.Id, organisationId: World.EsnaCouncil.Id);
        Assert.Equal([lateId], onlyEsna.Select(r => r.TaskId));
        var meeting = Assert.Single(await Get<MeetingQueries>().ListAsync(World.LuxorGovernor, World.Luxor.Id));
        Assert.Equal((2, 1, 1), (meeting.Directives, meeting.Finished, meeting.Overdue));
    }

    [Fact]
    public async Task A_directive_is_reminded_like_any_task()
    {
        var meetingId = await RecordAsync();
        var taskId = await GiveAsync(meetingId, Directive(days: 3));

        await Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None);

        Assert.Contains(new Told(ReminderKind.DueSoon, WaterHead, taskId), await ToldAsync());
    }

    private ShortTaskDraft Blank()
    {
        var draft = Directive();
        draft.TextAr = " ";
        return draft;
    }

    [Fact]
    public async Task No_directive_is_given_in_a_closed_season_or_with_bad_input_and_nothing_is_written()
    {
        var meetingId = await RecordAsync();
        var blank = await Get<DirectiveService>().AddAsync(World.LuxorSecretariat, meetingId, Blank());
        var noDate = await Get<DirectiveService>().AddAsync(World.LuxorSecretariat, meetingId, new ShortTaskDraft { TextAr = "x", OrganisationId = World.LuxorWater.Id });
        var foreign = await Get<DirectiveService>().AddAsync(World.LuxorSecretariat, meetingId, Directive(organisationId: World.AlexWater.Id));
        await using (var db = Db())
        {
            var plan = await db.Plans.SingleAsync(p => p.Id == World.LuxorPlan.Id);
            plan.ClosedAt = Clock.GetUtcNow();
            await db.SaveChangesAsync();
        }

        var closed = await Get<DirectiveService>().AddAsync(World.LuxorSecretariat, meetingId, Directive());

        Assert.Contains("Validation.TitleRequired", blank.Errors);
        Assert.Contains("Validation.DueDateRequired", noDate.Errors);
        Assert.Contains("Validation.OrganisationInvalid", foreign.Errors);
        Assert.Equal([ClosedSeason.ErrorKey], closed.Errors);
        await using var check = Db();
        Assert.Equal((0, 0), (await check.Tasks.CountAsync(), await check.MeetingDirectives.CountAsync()));
    }
}
