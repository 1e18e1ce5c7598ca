using Microsoft.AspNetCore.WebUtilities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Accounts.SignIn;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

/// <summary>Nobody below an administrator can take over a leadership account through a set-password link.</summary>
public sealed class PasswordLinkTakeoverTests : DatabaseTest
{
    private static readonly Uri Site = new("https://preparedness.example/");

    [Theory]
    [InlineData(Roles.Governor)]
    [InlineData(Roles.Secretariat)]
    [InlineData(Roles.MilitaryAdviser)]
    public async Task The_secretariat_may_not_issue_a_link_for_a_leadership_account_even_by_a_call_no_page_sends(string role)
    {
        var account = await Get<AccountAdministration>().CreateAsync(World.Admin, Draft(role), Site);

        await Assert.ThrowsAsync<AccessDeniedException>(() => Get<AccountAdministration>().IssuePasswordLinkAsync(World.LuxorSecretariat, account.UserId!, Site));

        await using var db = Db();
        Assert.False(await db.AuditEvents.AnyAsync(a => a.Action == AccountActions.PasswordLinkIssued));
    }

    [Fact]
    public async Task The_secretariat_still_issues_links_for_organisation_heads_and_the_operations_room()
    {
        var head = await Get<AccountAdministration>().CreateAsync(World.Admin, Draft(Roles.OrganisationHead, World.LuxorWater.Id), Site);
        var ops = await Get<AccountAdministration>().CreateAsync(World.Admin, Draft(Roles.OperationsRoom), Site);

        Assert.True((await Get<AccountAdministration>().IssuePasswordLinkAsync(World.LuxorSecretariat, head.UserId!, Site)).Succeeded);
        Assert.True((await Get<AccountAdministration>().IssuePasswordLinkAsync(World.LuxorSecretariat, ops.UserId!, Site)).Succeeded);
    }

    [Fact]
    public async Task A_governor_account_made_by_the_secretariat_does_not_show_it_the_first_link()
    {
        var created = await Get<AccountAdministration>().CreateAsync(World.LuxorSecretariat, Draft(Roles.Governor), Site);

        Assert.True(created.Succeeded);
        Assert.True(created.Link is null || created.Link.Url.Length == 0);
    }

    [Fact]
    public async Task The_password_set_event_records_who_issued_the_link_that_was_used()
    {
        var created = await Get<AccountAdministration>().CreateAsync(World.Admin, Draft(Roles.Governor), Site);
        var renewed = await Get<AccountAdministration>().IssuePasswordLinkAsync(World.Admin with { UserId = "admin-2", Name = "Second admin" }, created.UserId!, Site);

        var errors = await SetAsync(renewed.Link!.Url, "Governor-chose-this-9");

        Assert.Empty(errors);
        await using var db = Db();
        var set = await db.AuditEvents.SingleAsync(a => a.Action == AccountActions.PasswordSet);
        Assert.Equal(created.UserId, set.UserId);
        Assert.Contains(set.Changes, c => c.Field == "LinkIssuedBy" && c.To == "Second admin (admin-2)");
    }

    [Fact]
    public async Task A_link_that_claims_another_issuer_is_refused()
    {
        var created = await Get<AccountAdministration>().CreateAsync(World.Admin, Draft(Roles.Governor), Site);
        var renewed = await Get<AccountAdministration>().IssuePasswordLinkAsync(World.Admin, created.UserId!, Site);
        var forged = renewed.Link!.Url.Replace($"&link={Query(renewed.Link.Url)["link"]}", $"&link={Query(created.Link!.Url)["link"]}", StringComparison.Ordinal);

        Assert.Equal(["Accounts.LinkInvalid"], await SetAsync(forged, "Governor-chose-this-9"));
    }

    /// <summary>What the set-password page does with a link's query.</summary>
    internal static async Task<IReadOnlyList<string>> SetAsync(IServiceProvider services, string url, string password)
    {
        var query = Query(url);
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PasswordSetting>().SetAsync(query["userId"]!, query["link"]!, query["token"]!, password, "127.0.0.1");
    }

    private Task<IReadOnlyList<string>> SetAsync(string url, string password) => SetAsync(Get<IServiceProvider>(), url, password);

    private static Dictionary<string, string?> Query(string url) =>
        QueryHelpers.ParseQuery(new Uri(url).Query).ToDictionary(p => p.Key, p => (string?)p.Value.ToString());

    private AccountDraft Draft(string role, int? organisationId = null) => new()
    {
        Email = $"{role.ToLowerInvariant()}-{Guid.NewGuid():N}@example.eg",
        DisplayName = role,
        Role = role,
        GovernorateId = World.Luxor.Id,
        OrganisationId = organisationId,
    };
}
