using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Agreements;
using Preparedness.Web.Features.Plans;
using Preparedness.Web.Features.Reminders;
using Preparedness.Web.Features.Reminders.Jobs;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Features.Reminders;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Agreements;

public sealed class CommitmentTests : AgreementTest
{
    [Fact]
    public async Task A_commitment_becomes_a_task_of_its_party_linked_both_ways_with_history_audit_and_reminders()
    {
        var agreementId = await RecordAsync();

        var taskId = await CommitAsync(agreementId, Commitment(days: 3));

        await using var db = Db();
        var task = await db.Tasks.Include(t => t.History).SingleAsync(t => t.Id == taskId);
        Assert.Equal((World.LuxorWater.Id, World.Today.AddDays(3), World.LuxorPlan.Id, TaskStatus.NotStarted), (task.OrganisationId, task.DueOn, task.PlanId, task.Status));
        Assert.Equal(HistoryKind.Created, Assert.Single(task.History).Kind);
        var link = await db.AgreementCommitments.SingleAsync();
        Assert.Equal((agreementId, taskId, World.Luxor.Id), (link.AgreementId, link.TaskId, link.GovernorateId));
        Assert.Equal(["agreement.commitment_added", "agreement.document_attached", "agreement.recorded", "task.created"],
            await db.AuditEvents.Select(a => a.Action).OrderBy(a => a).ToListAsync());

        // The agreement shows its commitment with its status; the task names its agreement.
        var details = await Get<AgreementQueries>().GetAsync(World.LuxorGovernor, agreementId);
        var row = Assert.Single(details!.Commitments);
        Assert.Equal((taskId, TaskStatus.NotStarted, false), (row.TaskId, row.Status, row.Overdue));
        var origin = (await Get<AgreementQueries>().OriginOfAsync(World.WaterHead, taskId))!.Value;
        Assert.Equal((agreementId, "بروتوكول تعاون لمجابهة السيول"), (origin.AgreementId, origin.TitleAr));
        Assert.Null(await Get<AgreementQueries>().OriginOfAsync(World.AlexSecretariat, taskId));

        // It is a task like any other: its owner is reminded that it is due.
        await Get<SendRemindersJob>().ExecuteAsync(CancellationToken.None);
        Assert.Contains(new Told(ReminderKind.DueSoon, WaterHead, taskId), await ToldAsync());
    }

    [Fact]
    public async Task The_agreements_readiness_follows_its_commitments_tasks()
    {
        var agreementId = await RecordAsync();
        var doneId = await CommitAsync(agreementId);
        await CommitAsync(agreementId, Commitment(World.EsnaCouncil.Id, days: 1));
        var version = (await Get<TaskQueries>().GetAsync(World.WaterHead, doneId))!.Version;

        var reported = await Get<ProgressService>().UpdateAsync(World.WaterHead, doneId, new ProgressUpdate(TaskStatus.ReportedDone, null, null, "تم", version) { Evidence = [TestFiles.Photo()] });
        Clock.Advance(TimeSpan.FromDays(2));

        Assert.True(reported.Succeeded, string.Join(", ", reported.Errors));
        var row = Assert.Single(await Get<AgreementQueries>().ListAsync(World.LuxorSecretariat, World.Luxor.Id));
        Assert.Equal(new CommitmentFigures(2, 0, 1, 1, 50m), row.Commitments);
    }

    [Fact]
    public async Task A_commitment_of_someone_not_party_of_a_retired_agreement_or_in_a_closed_season_is_refused_and_nothing_is_written()
    {
        var agreementId = await RecordAsync();
        var notParty = await Get<CommitmentService>().AddAsync(World.LuxorSecretariat, agreementId, Commitment(World.LuxorHealth.Id));
        var blank = await Get<CommitmentService>().AddAsync(World.LuxorSecretariat, agreementId, new ShortTaskDraft { OrganisationId = World.LuxorWater.Id, DueOn = World.Today });
        await using (var db = Db())
        {
            (await db.Plans.SingleAsync(p => p.Id == World.LuxorPlan.Id)).ClosedAt = Clock.GetUtcNow();
            await db.SaveChangesAsync();
        }

        var closed = await Get<CommitmentService>().AddAsync(World.LuxorSecretariat, agreementId, Commitment());
        var version = (await Get<AgreementQueries>().GetAsync(World.LuxorSecretariat, agreementId))!.Version;
        Assert.True((await Get<AgreementService>().RetireAsync(World.LuxorSecretariat, agreementId, version)).Succeeded);
        var retired = await Get<CommitmentService>().AddAsync(World.LuxorSecretariat, agreementId, Commitment());

        Assert.Equal(["Commitment.OwnerNotParty"], notParty.Errors);
        Assert.Contains("Validation.TitleRequired", blank.Errors);
        Assert.Equal([ClosedSeason.ErrorKey], closed.Errors);
        Assert.Equal(["Commitment.AgreementRetired"], retired.Errors);
        await using var check = Db();
        Assert.Equal((0, 0), (await check.Tasks.CountAsync(), await check.AgreementCommitments.CountAsync()));
    }
}
