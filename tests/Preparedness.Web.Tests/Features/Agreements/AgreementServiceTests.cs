using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Agreements;

namespace Preparedness.Web.Tests.Features.Agreements;

/// <summary>Recording, editing and retiring: bad input is refused with its reasons, a stale edit is a conflict, every change is audited.</summary>
public sealed class AgreementServiceTests : AgreementTest
{
    [Fact]
    public async Task An_agreement_with_bad_input_is_refused_with_its_reasons_and_nothing_is_written()
    {
        var onlyOne = Draft(90, World.LuxorWater.Id);
        onlyOne.TitleEn = " ";
        onlyOne.Scope = new string('x', AgreementDraft.MaxScopeLength + 1);
        var foreignParty = Draft(90, World.LuxorWater.Id, World.AlexWater.Id);
        var reviewBeforeSigning = Draft();
        reviewBeforeSigning.ReviewOn = reviewBeforeSigning.SignedOn!.Value.AddDays(-1);
        var signedTomorrow = Draft();
        signedTomorrow.SignedOn = World.Today.AddDays(1);

        var service = Get<AgreementService>();
        Assert.Equal(["Agreement.TitleRequired", "Agreement.TextTooLong", "Agreement.TwoParties"], (await service.RecordAsync(World.LuxorSecretariat, World.Luxor.Id, onlyOne, null)).Errors);
        Assert.Equal(["Agreement.PartyInvalid"], (await service.RecordAsync(World.LuxorSecretariat, World.Luxor.Id, foreignParty, null)).Errors);
        Assert.Equal(["Agreement.ReviewOnInvalid"], (await service.RecordAsync(World.LuxorSecretariat, World.Luxor.Id, reviewBeforeSigning, null)).Errors);
        Assert.Equal(["Agreement.SignedOnInvalid"], (await service.RecordAsync(World.LuxorSecretariat, World.Luxor.Id, signedTomorrow, null)).Errors);
        await using var db = Db();
        Assert.Equal((0, 0), (await db.Agreements.CountAsync(), await db.AuditEvents.CountAsync()));
    }

    [Fact]
    public async Task An_edit_and_a_retirement_are_audited_with_old_and_new_values_and_a_stale_edit_is_a_conflict()
    {
        var id = await RecordAsync();
        var details = (await Get<AgreementQueries>().GetAsync(World.LuxorSecretariat, id))!;
        var edit = details.ToDraft();
        edit.ReviewOn = World.Today.AddDays(200);
        var stale = details.ToDraft();
        stale.Scope = "نطاق آخر";

        var edited = await Get<AgreementService>().UpdateAsync(World.LuxorSecretariat, id, edit);
        var conflict = await Get<AgreementService>().UpdateAsync(World.LuxorSecretariat, id, stale);
        var current = (await Get<AgreementQueries>().GetAsync(World.LuxorSecretariat, id))!;
        var retired = await Get<AgreementService>().RetireAsync(World.LuxorSecretariat, id, current.Version);

        Assert.True(edited.Succeeded, string.Join(", ", edited.Errors));
        Assert.Equal(AgreementSaveStatus.Conflict, conflict.Status);
        Assert.True(retired.Succeeded);
        Assert.Equal((World.Today.AddDays(200), details.Scope), (current.ReviewOn, current.Scope));
        Assert.NotNull((await Get<AgreementQueries>().GetAsync(World.LuxorSecretariat, id))!.RetiredAt);
        await using var db = Db();
        var change = await db.AuditEvents.SingleAsync(a => a.Action == "agreement.changed");
        var field = Assert.Single(change.Changes);
        Assert.Equal(("ReviewOn", $"{details.ReviewOn:yyyy-MM-dd}", $"{World.Today.AddDays(200):yyyy-MM-dd}"), (field.Field, field.From, field.To));
        Assert.Equal(1, await db.AuditEvents.CountAsync(a => a.Action == "agreement.retired"));
    }
}
