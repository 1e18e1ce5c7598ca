using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Tasks;

/// <summary>Requests a page would never send, but a forged one could: each is refused and changes nothing.</summary>
public sealed class BypassAttemptTests : DatabaseTest
{
    [Fact]
    public async Task Secretariat_cannot_assign_a_task_to_another_governorates_organisation()
    {
        var draft = new TaskDraft { TitleAr = "مهمة", TitleEn = "Task", OrganisationId = World.AlexWater.Id, DueOn = World.Today };

        var result = await Get<TaskEditingService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, draft);

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains("Validation.OrganisationInvalid", result.Errors);
        await using var db = Db();
        Assert.False(await db.Tasks.AnyAsync());
    }

    [Fact]
    public async Task Secretariat_cannot_move_a_task_into_another_governorates_unit()
    {
        var task = await World.AddTaskAsync();
        var draft = new TaskDraft { TitleAr = "مهمة", TitleEn = "Task", OrganisationId = World.LuxorWater.Id, LocalUnitId = World.Montaza.Id, DueOn = World.Today };

        var result = await Get<TaskEditingService>().EditAsync(World.LuxorSecretariat, task.Id, draft, task.Version);

        Assert.Contains("Validation.LocalUnitInvalid", result.Errors);
        await using var db = Db();
        Assert.Null((await db.Tasks.SingleAsync()).LocalUnitId);
    }

    [Fact]
    public async Task Secretariat_cannot_create_in_another_governorate_by_naming_it()
    {
        var draft = new TaskDraft { TitleAr = "مهمة", TitleEn = "Task", OrganisationId = World.AlexWater.Id, DueOn = World.Today };

        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<TaskEditingService>().CreateAsync(World.LuxorSecretariat, World.Alexandria.Id, draft));

        await using var db = Db();
        Assert.False(await db.Tasks.AnyAsync());
    }

    [Fact]
    public async Task A_task_of_another_governorate_looks_like_it_does_not_exist()
    {
        var alexTask = await World.AddTaskAsync(t => { t.GovernorateId = World.Alexandria.Id; t.OrganisationId = World.AlexWater.Id; });

        var read = await Get<TaskQueries>().GetAsync(World.LuxorSecretariat, alexTask.Id);
        var update = await Get<ProgressService>().UpdateAsync(World.WaterHead, alexTask.Id, new ProgressUpdate(TaskStatus.InProgress, null, null, "x", alexTask.Version));

        Assert.Null(read);
        Assert.Equal(SaveStatus.NotFound, update.Status);
    }

    [Theory]
    [InlineData(TaskStatus.Verified)]
    [InlineData(TaskStatus.Returned)]
    public async Task An_owner_cannot_verify_or_return_their_own_task(TaskStatus status)
    {
        var task = await World.AddTaskAsync();

        var result = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(status, null, null, null, task.Version));

        Assert.Contains("Validation.StatusNotAllowed", result.Errors);
        await using var db = Db();
        Assert.Equal(TaskStatus.NotStarted, (await db.Tasks.SingleAsync()).Status);
    }

    [Fact]
    public async Task An_owner_cannot_change_a_verified_task()
    {
        var task = await World.AddTaskAsync(t => t.Status = TaskStatus.Verified);

        var result = await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.InProgress, null, null, "reopen", task.Version));

        Assert.Contains("Validation.TaskVerified", result.Errors);
    }

    [Fact]
    public async Task Bulk_creation_refuses_organisations_of_another_governorate_and_creates_nothing()
    {
        var request = new BulkCreateRequest(["T01", "T02"], [World.LuxorWater.Id, World.AlexWater.Id], [], null, null);

        var (result, created) = await Get<BulkCreateService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, request);

        Assert.Contains("Validation.OrganisationInvalid", result.Errors);
        Assert.Equal(0, created);
        await using var db = Db();
        Assert.False(await db.Tasks.AnyAsync());
    }
}
