using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Meetings;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Features.Reminders;

namespace Preparedness.Web.Tests.Features.Meetings;

/// <summary>The reminder test world (real accounts, so directives are reminded) plus a Luxor meeting to give directives at.</summary>
public abstract class MeetingTest : ReminderTest
{
    internal MeetingDraft Meeting() => new()
    {
        HeldOn = World.Today,
        Chair = "محافظ الأقصر",
        OrganisationIds = [World.LuxorWater.Id, World.EsnaCouncil.Id],
        Notes = "متابعة الاستعداد لموسم الأمطار",
    };

    internal ShortTaskDraft Directive(int days = 7, int? organisationId = null) => new()
    {
        TextAr = "تطهير مخرات السيول قبل الموسم",
        OrganisationId = organisationId ?? World.LuxorWater.Id,
        DueOn = World.Today.AddDays(days),
    };

    internal async Task<int> RecordAsync(Actor? actor = null)
    {
        var result = await Get<MeetingService>().RecordAsync(actor ?? World.LuxorSecretariat, World.Luxor.Id, Meeting());
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.TaskId!.Value;
    }

    internal async Task<int> GiveAsync(int meetingId, ShortTaskDraft draft)
    {
        var result = await Get<DirectiveService>().AddAsync(World.LuxorSecretariat, meetingId, draft);
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.TaskId!.Value;
    }
}
