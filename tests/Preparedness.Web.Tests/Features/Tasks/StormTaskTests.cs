using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Tasks;

public sealed class StormTaskTests : DatabaseTest
{
    private static TaskDraft Draft(int organisationId, string? storm) => new()
    {
        TitleAr = "تجهيز سيارات الشفط قبل النوة",
        TitleEn = "Ready the suction trucks before the storm",
        OrganisationId = organisationId,
        DueOn = new DateOnly(2026, 12, 1),
        StormCode = storm,
    };

    [Fact]
    public async Task The_alexandria_secretariat_ties_a_task_to_a_named_storm_and_its_page_shows_the_window()
    {
        var result = await Get<TaskEditingService>().CreateAsync(World.AlexSecretariat, World.Alexandria.Id, Draft(World.AlexWater.Id, "qasim"));

        Assert.True(result.Succeeded);
        var task = (await Get<TaskQueries>().GetAsync(World.AlexSecretariat, result.TaskId!.Value))!;
        Assert.Equal(("qasim", new DateOnly(2026, 12, 4), new DateOnly(2026, 11, 29), new DateOnly(2026, 12, 13)),
            (task.StormCode, task.Storm!.ExpectedOn, task.Storm.From, task.Storm.Until));
        Assert.Contains(task.History[0].Changes, c => c is { Field: "StormCode", To: "qasim" });
    }

    [Theory]
    [InlineData("qasim")]
    [InlineData("no-such-storm")]
    public async Task A_storm_outside_the_governorates_calendar_is_refused(string storm)
    {
        var result = await Get<TaskEditingService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, Draft(World.LuxorWater.Id, storm));

        Assert.Equal(SaveStatus.Invalid, result.Status);
        Assert.Contains("Validation.StormInvalid", result.Errors);
    }

    [Fact]
    public async Task The_storm_choices_are_the_governorates_winter_storms_in_its_current_season()
    {
        var alexandria = await Get<TaskEditingService>().StormChoicesAsync(World.AlexSecretariat, World.Alexandria.Id);
        var luxor = await Get<TaskEditingService>().StormChoicesAsync(World.LuxorSecretariat, World.Luxor.Id);

        Assert.Empty(luxor);
        Assert.Equal(new DateOnly(2026, 10, 20), alexandria[0].ExpectedOn);
        Assert.Contains(alexandria, w => w.Storm.Code == "ghitas" && w.ExpectedOn == new DateOnly(2027, 1, 19));
        Assert.DoesNotContain(alexandria, w => w.Storm.Code == "khamaseen");
    }

    // Qasim is expected on 4 Dec 2026 in the plan's season; its window opens 5 days earlier, on 29 Nov.
    private static readonly DateOnly QasimOpens = new(2026, 11, 29);

    [Fact]
    public async Task A_storm_task_created_without_a_due_date_is_due_the_lead_time_before_the_window_opens()
    {
        var draft = Draft(World.AlexWater.Id, "qasim");
        draft.DueOn = null;

        var result = await Get<TaskEditingService>().CreateAsync(World.AlexSecretariat, World.Alexandria.Id, draft);

        Assert.True(result.Succeeded);
        var task = (await Get<TaskQueries>().GetAsync(World.AlexSecretariat, result.TaskId!.Value))!;
        Assert.Equal(QasimOpens.AddDays(-7), task.DueOn);
        Assert.False(task.DueAfterStormOpens);
    }

    [Fact]
    public async Task Library_pre_storm_work_keeps_its_own_lead_time_and_other_work_the_default_one()
    {
        var request = new BulkCreateRequest(["T29", "T01"], [World.AlexWater.Id], [], null, null, "qasim");

        var (result, created) = await Get<BulkCreateService>().CreateAsync(World.AlexSecretariat, World.Alexandria.Id, request);

        Assert.True(result.Succeeded);
        Assert.Equal(2, created);
        await using var db = Db();
        var dues = db.Tasks.Where(t => t.StormCode == "qasim").ToDictionary(t => t.LibraryCode!, t => t.DueOn);
        Assert.Equal(QasimOpens.AddDays(-1), dues["T29"]); // T29: pre-storm, one day's lead in the library
        Assert.Equal(QasimOpens.AddDays(-7), dues["T01"]); // the configured default
    }

    [Fact]
    public async Task A_storm_from_another_governorates_calendar_is_refused_in_bulk_creation()
    {
        var request = new BulkCreateRequest(["T29"], [World.LuxorWater.Id], [], null, null, "qasim");

        var (result, created) = await Get<BulkCreateService>().CreateAsync(World.LuxorSecretariat, World.Luxor.Id, request);

        Assert.Contains("Validation.StormInvalid", result.Errors);
        Assert.Equal(0, created);
    }

    [Theory]
    [InlineData(-1, false)]
    [InlineData(0, true)] // due on the opening day: the storm may come that day
    [InlineData(3, true)]
    public async Task A_task_due_on_or_after_its_storms_window_opens_is_flagged_on_its_page_and_in_the_list(int daysAfterOpening, bool flagged)
    {
        var task = await World.AddTaskAsync(t =>
        {
            t.GovernorateId = World.Alexandria.Id;
            t.OrganisationId = World.AlexWater.Id;
            t.StormCode = "qasim";
            t.DueOn = QasimOpens.AddDays(daysAfterOpening);
        });

        var details = (await Get<TaskQueries>().GetAsync(World.AlexSecretariat, task.Id))!;
        var row = (await Get<TaskQueries>().ListAsync(World.AlexSecretariat, World.Alexandria.Id, new TaskFilter(), new TaskPageRequest())).Rows.Single();

        Assert.Equal(flagged, details.DueAfterStormOpens);
        Assert.Equal(flagged, row.DueAfterStormOpens);
        Assert.Equal(QasimOpens, row.Storm!.From);
    }

    [Fact]
    public async Task A_task_without_a_storm_is_never_flagged()
    {
        await World.AddTaskAsync(t => { t.GovernorateId = World.Alexandria.Id; t.OrganisationId = World.AlexWater.Id; t.DueOn = QasimOpens.AddDays(3); });

        var row = (await Get<TaskQueries>().ListAsync(World.AlexSecretariat, World.Alexandria.Id, new TaskFilter(), new TaskPageRequest())).Rows.Single();

        Assert.False(row.DueAfterStormOpens);
        Assert.Null(row.Storm);
    }

    [Fact]
    public async Task The_storm_filter_returns_exactly_the_storms_tasks()
    {
        var qasim = new List<int>();
        foreach (var storm in new[] { "qasim", "maknasa", null, "qasim" })
        {
            var task = await World.AddTaskAsync(t => { t.GovernorateId = World.Alexandria.Id; t.OrganisationId = World.AlexWater.Id; t.StormCode = storm; });
            if (storm == "qasim") qasim.Add(task.Id);
        }

        var page = await Get<TaskQueries>().ListAsync(World.AlexSecretariat, World.Alexandria.Id, new TaskFilter { StormCode = "qasim" }, new TaskPageRequest());

        Assert.Equal(qasim.Order(), page.Rows.Select(r => r.Id).Order());
        Assert.Equal(2, page.Total);
    }
}
