using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Meetings;

namespace Preparedness.Web.Tests.Features.Meetings;

/// <summary>Meetings belong to the governorate's secretariat; another governorate's cannot see them or add to them.</summary>
public sealed class MeetingPermissionTests : MeetingTest
{
    [Fact]
    public async Task An_organisation_head_cannot_record_a_meeting_or_give_a_directive()
    {
        var meetingId = await RecordAsync();

        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<MeetingService>().RecordAsync(World.WaterHead, World.Luxor.Id, Meeting()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<DirectiveService>().AddAsync(World.WaterHead, meetingId, Directive()));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<DirectiveService>().AddAsync(World.LuxorAdviser, meetingId, Directive()));

        await using var db = Db();
        Assert.Equal((1, 0, 0), (await db.Meetings.CountAsync(), await db.MeetingDirectives.CountAsync(), await db.Tasks.CountAsync()));
    }

    [Fact]
    public async Task Another_governorates_secretariat_can_neither_see_a_meeting_nor_add_to_it()
    {
        var meetingId = await RecordAsync();
        await GiveAsync(meetingId, Directive());

        var seen = await Get<MeetingQueries>().GetAsync(World.AlexSecretariat, meetingId);
        var added = await Get<DirectiveService>().AddAsync(World.AlexSecretariat, meetingId, Directive());
        var recorded = await Get<MeetingService>().RecordAsync(World.AlexSecretariat, World.Luxor.Id, Meeting());

        Assert.Null(seen);
        Assert.Equal("NotFound", $"{added.Status}/{recorded.Status}".Split('/').Distinct().Single());
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<MeetingQueries>().ListAsync(World.AlexSecretariat, World.Luxor.Id));
        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<MeetingQueries>().DirectivesAsync(World.AlexSecretariat, World.Luxor.Id));
        Assert.Empty(await Get<MeetingQueries>().ListAsync(World.AlexSecretariat, World.Alexandria.Id));
        await using var db = Db();
        Assert.Equal((1, 1), (await db.Meetings.CountAsync(), await db.MeetingDirectives.CountAsync()));
    }

    [Fact]
    public async Task A_meeting_with_bad_input_is_refused_with_its_reasons_and_nothing_is_written()
    {
        var draft = new MeetingDraft { Chair = new string('x', MeetingDraft.MaxChairLength + 1), OrganisationIds = [World.AlexWater.Id] };
        var future = Meeting();
        future.HeldOn = World.Today.AddDays(30);

        var result = await Get<MeetingService>().RecordAsync(World.LuxorSecretariat, World.Luxor.Id, draft);
        var later = await Get<MeetingService>().RecordAsync(World.LuxorSecretariat, World.Luxor.Id, future);

        Assert.Equal(["Meeting.DateRequired", "Meeting.TextTooLong", "Validation.OrganisationInvalid"], result.Errors);
        Assert.Equal(["Meeting.DateInvalid"], later.Errors);
        await using var db = Db();
        Assert.Equal(0, await db.Meetings.CountAsync());
    }
}
