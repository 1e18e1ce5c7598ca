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
}
