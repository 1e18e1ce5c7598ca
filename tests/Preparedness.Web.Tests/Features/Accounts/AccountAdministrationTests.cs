using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

public sealed class AccountAdministrationTests : DatabaseTest
{
    private static readonly Uri Site = new("https://preparedness.example/");

    [Fact]
    public async Task Creating_an_account_records_who_created_it_with_every_field_and_gives_a_one_time_link()
    {
        var draft = Draft(Roles.OrganisationHead, World.Luxor.Id, World.LuxorWater.Id);

        var result = await Get<AccountAdministration>().CreateAsync(World.LuxorSecretariat, draft, Site);

        Assert.True(result.Succeeded);
        Assert.StartsWith("https://preparedness.example/account/set-password?userId=", result.Link!.Url);
        Assert.False(result.Link.Sent);
        await using var db = Db();
        var audit = await db.AuditEvents.SingleAsync();
        Assert.Equal((AccountActions.Created, "sg-lx", result.UserId, World.Luxor.Id), (audit.Action, audit.UserId, audit.EntityId, audit.GovernorateId));
        Assert.Contains(audit.Changes, c => c.Field == "Role" && c.From == null && c.To == Roles.OrganisationHead);
        Assert.Contains(audit.Changes, c => c.Field == "OrganisationId" && c.To == $"{World.LuxorWater.Id}");
        var user = await db.Users.SingleAsync();
        Assert.Null(user.PasswordHash);
    }

    [Theory]
    [InlineData(Roles.OrganisationHead, true, false, "Accounts.OrganisationRequired")]
    [InlineData(Roles.OrganisationHead, true, true, "Accounts.OrganisationInvalid")]
    [InlineData(Roles.Governor, false, false, "Accounts.GovernorateRequired")]
    public async Task Bad_governorate_or_organisation_is_refused_with_a_reason_and_nothing_is_saved(string role, bool withGovernorate, bool foreignOrganisation, string error)
    {
        var draft = Draft(role, withGovernorate ? World.Luxor.Id : null, foreignOrganisation ? World.AlexWater.Id : null);

        var result = await Get<AccountAdministration>().CreateAsync(World.Admin, draft, Site);

        Assert.Equal([error], result.Errors);
        await using var db = Db();
        Assert.Equal(0, await db.Users.CountAsync());
        Assert.Equal(0, await db.AuditEvents.CountAsync());
    }

    [Fact]
    public async Task A_second_account_with_the_same_email_is_refused()
    {
        var draft = Draft(Roles.Governor, World.Luxor.Id, null);
        await Get<AccountAdministration>().CreateAsync(World.Admin, draft, Site);

        var again = await Get<AccountAdministration>().CreateAsync(World.Admin, Draft(Roles.Governor, World.Luxor.Id, null, draft.Email.ToUpperInvariant()), Site);

        Assert.Equal(["Accounts.EmailTaken"], again.Errors);
    }

    [Fact]
    public async Task Deactivating_renews_the_security_stamp_and_records_old_and_new()
    {
        var user = await CreateAsync(Roles.MilitaryAdviser, World.Luxor.Id, null);
        var stampBefore = user.SecurityStamp;

        var result = await Get<AccountAdministration>().SetActiveAsync(World.LuxorSecretariat, user.Id, active: false);

        Assert.True(result.Succeeded);
        await using var db = Db();
        var stored = await db.Users.SingleAsync(u => u.Id == user.Id);
        Assert.False(stored.IsActive);
        Assert.NotEqual(stampBefore, stored.SecurityStamp);
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == AccountActions.Deactivated);
        Assert.Equal(("IsActive", "true", "false"), (audit.Changes[0].Field, audit.Changes[0].From, audit.Changes[0].To));
    }

    [Fact]
    public async Task Changing_role_and_organisation_moves_the_role_and_records_each_field()
    {
        var user = await CreateAsync(Roles.OrganisationHead, World.Luxor.Id, World.LuxorWater.Id);

        var result = await Get<AccountAdministration>().UpdateAsync(World.Admin, user.Id, Draft(Roles.Governor, World.Luxor.Id, null));

        Assert.True(result.Succeeded);
        await using var scope = ScopeUsers(out var users);
        var stored = (await users.FindByIdAsync(user.Id))!;
        Assert.Equal([Roles.Governor], await users.GetRolesAsync(stored));
        Assert.Null(stored.OrganisationId);
        await using var db = Db();
        var audit = await db.AuditEvents.SingleAsync(a => a.Action == AccountActions.Changed);
        Assert.Contains(audit.Changes, c => c is { Field: "Role", From: Roles.OrganisationHead, To: Roles.Governor });
        Assert.Contains(audit.Changes, c => c.Field == "OrganisationId" && c.From == $"{World.LuxorWater.Id}" && c.To == null);
    }

    [Fact]
    public async Task Nobody_deactivates_or_demotes_themselves()
    {
        var self = await CreateAsync(Roles.Secretariat, World.Luxor.Id, null);
        var actor = new Actor(self.Id, "Me", Roles.Secretariat, World.Luxor.Id, null);

        var deactivate = await Get<AccountAdministration>().SetActiveAsync(actor, self.Id, false);
        var demote = await Get<AccountAdministration>().UpdateAsync(actor, self.Id, Draft(Roles.Governor, World.Luxor.Id, null));

        Assert.Equal(["Accounts.NotYourself"], deactivate.Errors);
        Assert.Equal(["Accounts.NotYourself"], demote.Errors);
    }

    [Fact]
    public async Task Another_governorates_account_looks_like_it_does_not_exist_to_the_secretariat()
    {
        var alexUser = await CreateAsync(Roles.Governor, World.Alexandria.Id, null);

        var result = await Get<AccountAdministration>().SetActiveAsync(World.LuxorSecretariat, alexUser.Id, false);
        var list = await Get<AccountQueries>().ListAsync(World.LuxorSecretariat, new AccountFilter(), 0);

        Assert.Equal(AccountResult.NotFound, result);
        Assert.DoesNotContain(list.Rows, r => r.Id == alexUser.Id);
    }

    private async Task<ApplicationUser> CreateAsync(string role, int? governorateId, int? organisationId)
    {
        var result = await Get<AccountAdministration>().CreateAsync(World.Admin, Draft(role, governorateId, organisationId), Site);
        await using var db = Db();
        return await db.Users.AsNoTracking().SingleAsync(u => u.Id == result.UserId);
    }

    private AsyncServiceScope ScopeUsers(out UserManager<ApplicationUser> users)
    {
        var scope = Get<IServiceScopeFactory>().CreateAsyncScope();
        users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        return scope;
    }

    private static AccountDraft Draft(string role, int? governorateId, int? organisationId, string? email = null) => new()
    {
        Email = email ?? $"{Guid.NewGuid():N}@test.example",
        DisplayName = "Someone",
        Role = role,
        GovernorateId = governorateId,
        OrganisationId = organisationId,
    };
}
