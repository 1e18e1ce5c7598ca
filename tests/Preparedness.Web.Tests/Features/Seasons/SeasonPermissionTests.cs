using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Seasons;
using Preparedness.Web.Features.Tasks.Library;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Seasons;

/// <summary>Every role against each season and library action on Luxor, called on the services as a forged request would.</summary>
public sealed class SeasonPermissionTests : SeasonTest
{
    private const string Y = "allowed";
    private const string N = "denied";

    private static readonly string[] ActorNames =
        ["Admin", "LuxorSecretariat", "WaterHead", "LuxorAdviser", "LuxorGovernor", "LuxorOpsRoom", "AlexSecretariat", "AlexWaterHead", PartnerActors.WaterPartner];

    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        //                         Admin Sec Head Adviser Governor Ops AlexSec AlexHead Partner
        ["OpenFromLibrary"] = [Y, Y, N, N, N, N, N, N, N],
        ["OpenFromPrevious"] = [Y, Y, N, N, N, N, N, N, N],
        ["Close"] = [Y, Y, N, N, N, N, N, N, N],
        ["AddGovernorateItem"] = [Y, Y, N, N, N, N, N, N, N],
        ["ReviseNationalItem"] = [Y, N, N, N, N, N, N, N, N],
        ["AddNationalItem"] = [Y, N, N, N, N, N, N, N, N],
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
    public async Task Role_can_or_cannot_do_season_action(string actorName, string action, string expected)
    {
        var actor = PartnerActors.Find(World, actorName) ?? (Actor)typeof(TestWorld).GetProperty(actorName)!.GetValue(World)!;
        var before = await CountsAsync();

        var outcome = await AttemptAsync(actor, action);

        Assert.Equal(expected, outcome);
        Assert.Equal(expected == Y, await CountsAsync() != before);
    }

    private async Task<string> AttemptAsync(Actor actor, string action)
    {
        try
        {
            var errors = action switch
            {
                "OpenFromLibrary" => (await OpenAsync(actor)).Errors,
                "OpenFromPrevious" => (await Get<SeasonCarryOver>().OpenFromPreviousAsync(actor, World.Luxor.Id, World.LuxorPlan.Id, NextWinter(), true)).Errors,
                "Close" => (await Get<SeasonClosing>().CloseAsync(actor, World.LuxorPlan.Id)).Errors,
                "AddGovernorateItem" => (await Get<LibraryEditing>().CreateAsync(actor, World.Luxor.Id, Item("LX-01"))).Errors,
                "ReviseNationalItem" => (await Get<LibraryEditing>().ReviseAsync(actor, await NationalT01Async(), Item("T01"))).Errors,
                "AddNationalItem" => (await Get<LibraryEditing>().CreateAsync(actor, null, Item("N-99"))).Errors,
                _ => throw new ArgumentOutOfRangeException(nameof(action)),
            };

            // Another governorate's season is reported as not found, never as someone else's.
            return errors.Count == 0 ? Y : errors.SequenceEqual(["Error.NotFound"]) ? N : string.Join(",", errors);
        }
        catch (AccessDeniedException)
        {
            return N;
        }
    }

    internal static LibraryDraft Item(string code) => new()
    {
        Code = code, TitleAr = "تطهير مخرات السيول", TitleEn = "Clear the flood channels", OwnerKind = Preparedness.Web.Features.Organisations.OrganisationKind.Directorate,
        Measure = Preparedness.Web.Features.Tasks.MeasureKind.Quantity, Target = 12, LeadTimeDays = 30,
    };

    private async Task<int> NationalT01Async()
    {
        await using var db = Db();
        return await db.LibraryItems.Where(i => i.GovernorateId == null && i.Code == "T01" && i.IsCurrent).Select(i => i.Id).SingleAsync();
    }

    private async Task<(int, int, int, int)> CountsAsync()
    {
        await using var db = Db();
        return (await db.Plans.CountAsync(), await db.Plans.CountAsync(p => p.ClosedAt != null), await db.LibraryItems.CountAsync(), await db.AuditEvents.CountAsync());
    }
}
