using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

/// <summary>
/// Every role against the audit trail and account administration, called on the services themselves —
/// the way a forged request would reach them — on Luxor's events and a Luxor organisation head's account.
/// </summary>
public sealed class AccountPermissionMatrixTests : DatabaseTest
{
    private const string Y = "allowed";
    private const string N = "denied";

    private static readonly string[] ActorNames =
        ["Admin", "LuxorSecretariat", "WaterHead", "EsnaHead", "LuxorAdviser", "LuxorGovernor", "LuxorOpsRoom", "AlexSecretariat", "AlexWaterHead", "National", PartnerActors.WaterPartner, PartnerActors.HealthPartner];

    private static readonly Dictionary<string, string[]> Matrix = new()
    {
        //                           Admin Sec WaterHd EsnaHd Adviser Governor Ops AlexSec AlexHead National WaterPtnr HealthPtnr
        ["ReadLuxorAudit"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["ExportLuxorAudit"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["ListLuxorUsers"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["CreateLuxorHead"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["CreateLuxorSecretariat"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["CreateNational"] = [Y, N, N, N, N, N, N, N, N, N, N, N],
        ["CreateAdministrator"] = [Y, N, N, N, N, N, N, N, N, N, N, N],
        ["ChangeLuxorUserRole"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["PromoteLuxorUserToAdministrator"] = [Y, N, N, N, N, N, N, N, N, N, N, N],
        ["MoveLuxorUserToAlexandria"] = [Y, N, N, N, N, N, N, N, N, N, N, N],
        ["DeactivateLuxorUser"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["IssueLuxorUserLink"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        // The secretariat makes its governorate's partner accounts and hands them their set-password link, as for a head.
        ["CreateLuxorPartner"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["IssueLuxorPartnerLink"] = [Y, Y, N, N, N, N, N, N, N, N, N, N],
        ["DeactivateAdministrator"] = [Y, N, N, N, N, N, N, N, N, N, N, N],
    };

    public static TheoryData<string> Actors()
    {
        var data = new TheoryData<string>();
        foreach (var name in ActorNames)
        {
            data.Add(name);
        }

        return data;
    }

    // One database per role (not per role and action): every action gets accounts of its own, so
    // the cases cannot disturb each other, and the suite creates 9 databases instead of 108.
    [Theory]
    [MemberData(nameof(Actors))]
    public async Task Role_can_do_exactly_the_account_and_audit_actions_of_its_row(string actorName)
    {
        var actor = PartnerActors.Find(World, actorName) ?? (Actor)typeof(TestWorld).GetProperty(actorName)!.GetValue(World)!;
        var column = Array.IndexOf(ActorNames, actorName);
        var wrong = new List<string>();

        foreach (var (action, outcomes) in Matrix)
        {
            var head = await CreateAsync(TestAccounts.Administrator, Roles.OrganisationHead, World.Luxor.Id, World.LuxorWater.Id);
            var admin = await CreateAsync(TestAccounts.Administrator, Roles.Administrator, null, null);
            var partner = await CreateAsync(TestAccounts.Administrator, Roles.Partner, World.Luxor.Id, World.LuxorHealth.Id);
            var before = await CountsAsync();

            var allowed = await TryAsync(action, actor, head, admin, partner);

            if ((allowed ? Y : N) != outcomes[column])
            {
                wrong.Add($"{action}: {(allowed ? Y : N)}, expected {outcomes[column]}");
            }
            else if (!allowed && !action.Contains("Audit", StringComparison.Ordinal)
                && (await CountsAsync() != before || !await ActiveAsync(head, admin)))
            {
                wrong.Add($"{action}: refused but changed something");
            }
        }

        Assert.Empty(wrong);
    }

    private async Task<bool> TryAsync(string action, Actor actor, string head, string admin, string partner)
    {
        var accounts = Get<AccountAdministration>();
        var site = new Uri("http://localhost/");
        switch (action)
        {
            case "ReadLuxorAudit":
                return await Succeeds(async () => (await Get<AuditQueries>().ListAsync(actor, new AuditFilter(), 0)).Rows.Any(r => r.GovernorateId == World.Luxor.Id));
            case "ExportLuxorAudit":
                return await Succeeds(async () => await Get<AuditQueries>().ExportAsync(actor, new AuditFilter()).AnyAsync(r => r.GovernorateId == World.Luxor.Id));
            case "ListLuxorUsers":
                return await Succeeds(async () => (await Get<AccountQueries>().ListAsync(actor, new AccountFilter(), 0)).Rows.Any(r => r.Id == head));
            case "CreateLuxorHead":
                return await Changes(() => accounts.CreateAsync(actor, Draft(Roles.OrganisationHead, World.Luxor.Id, World.EsnaCouncil.Id), site));
            case "CreateLuxorSecretariat":
                return await Changes(() => accounts.CreateAsync(actor, Draft(Roles.Secretariat, World.Luxor.Id, null), site));
            case "CreateNational":
                // With a governorate the secretariat holds: the national role belongs to none, so it is still refused.
                return await Changes(() => accounts.CreateAsync(actor, Draft(Roles.National, World.Luxor.Id, null), site));
            case "CreateAdministrator":
                return await Changes(() => accounts.CreateAsync(actor, Draft(Roles.Administrator, null, null), site));
            case "ChangeLuxorUserRole":
                return await Changes(() => accounts.UpdateAsync(actor, head, Draft(Roles.MilitaryAdviser, World.Luxor.Id, null)));
            case "PromoteLuxorUserToAdministrator":
                return await Changes(() => accounts.UpdateAsync(actor, head, Draft(Roles.Administrator, null, null)));
            case "MoveLuxorUserToAlexandria":
                return await Changes(() => accounts.UpdateAsync(actor, head, Draft(Roles.OrganisationHead, World.Alexandria.Id, World.AlexWater.Id)));
            case "DeactivateLuxorUser":
                return await Changes(() => accounts.SetActiveAsync(actor, head, false));
            case "IssueLuxorUserLink":
                return await Changes(() => accounts.IssuePasswordLinkAsync(actor, head, site));
            case "CreateLuxorPartner":
                return await Changes(() => accounts.CreateAsync(actor, Draft(Roles.Partner, World.Luxor.Id, World.LuxorHealth.Id), site));
            case "IssueLuxorPartnerLink":
                return await Changes(() => accounts.IssuePasswordLinkAsync(actor, partner, site));
            case "DeactivateAdministrator":
                return await Changes(() => accounts.SetActiveAsync(actor, admin, false));
            default:
                throw new ArgumentOutOfRangeException(nameof(action), action, null);
        }
    }

    private async Task<string> CreateAsync(Actor actor, string role, int? governorateId, int? organisationId)
    {
        var result = await Get<AccountAdministration>().CreateAsync(actor, Draft(role, governorateId, organisationId), new Uri("http://localhost/"));
        Assert.True(result.Succeeded, string.Join(", ", result.Errors));
        return result.UserId!;
    }

    private static AccountDraft Draft(string role, int? governorateId, int? organisationId) => new()
    {
        Email = $"{Guid.NewGuid():N}@test.example",
        DisplayName = "Someone",
        Role = role,
        GovernorateId = governorateId,
        OrganisationId = organisationId,
    };

    private static async Task<bool> Succeeds(Func<Task<bool>> read)
    {
        try
        {
            return await read();
        }
        catch (AccessDeniedException)
        {
            return false;
        }
    }

    /// <summary>
    /// A change is done, or refused the one way services refuse: by throwing; an account the actor may not
    /// see at all (another governorate's, an administrator's) is "not found" so its existence is not revealed.
    /// Any other outcome would mean the case tests something else, and fails it.
    /// </summary>
    private static async Task<bool> Changes(Func<Task<AccountResult>> change)
    {
        AccountResult result;
        try
        {
            result = await change();
        }
        catch (AccessDeniedException)
        {
            return false;
        }

        if (!result.Succeeded)
        {
            Assert.Equal(["Accounts.NotFound"], result.Errors);
        }

        return result.Succeeded;
    }

    private async Task<(int Audit, int Users)> CountsAsync()
    {
        await using var db = Db();
        return (await db.AuditEvents.CountAsync(), await db.Users.CountAsync());
    }

    private async Task<bool> ActiveAsync(params string[] userIds)
    {
        await using var db = Db();
        return await db.Users.Where(u => userIds.Contains(u.Id)).AllAsync(u => u.IsActive);
    }
}
