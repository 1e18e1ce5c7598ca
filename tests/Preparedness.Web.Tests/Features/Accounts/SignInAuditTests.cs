using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

[Collection(AppCollection.Name)]
public sealed partial class SignInAuditTests(AppHost app)
{
    [Fact]
    public async Task Sign_in_failure_unknown_user_and_sign_out_are_recorded_with_ip_address_and_governorate()
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.Governor, DemoAccounts.Luxor);
        var unknown = $"nobody-{Guid.NewGuid():N}@test.example";
        var client = app.CreateClient();

        await SignInTests.PostLoginAsync(client, user.Email!, "not-the-password");
        await SignInTests.PostLoginAsync(client, unknown, "whatever-it-is");
        await SignInTests.PostLoginAsync(client, user.Email!, TestAccounts.Password);
        var page = await client.GetStringAsync(SignInTests.FormPage);
        await client.PostAsync("/account/logout", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = SignInTests.Token(page) }));

        var events = await EventsAsync(a => (a.EntityId == user.Id && a.Action != AccountActions.Created) || (a.Note != null && a.Note.StartsWith(unknown)));
        Assert.Equal(
            [AccountActions.SignInFailed, AccountActions.SignInFailed, AccountActions.SignIn, AccountActions.SignOut],
            events.Select(e => e.Action));
        Assert.All(events, e => Assert.Equal("127.0.0.1", e.IpAddress));
        Assert.All(events.Where(e => e.UserId is not null), e => Assert.Equal(user.GovernorateId, e.GovernorateId));
        Assert.Null(events[1].UserId);
        Assert.Equal(unknown, events[1].UserName);
    }

    [Fact]
    public async Task A_lockout_is_recorded()
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.OperationsRoom, DemoAccounts.Alexandria);
        var client = app.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            await SignInTests.PostLoginAsync(client, user.Email!, "wrong-password");
        }

        var events = await EventsAsync(a => a.EntityId == user.Id);
        Assert.Equal(AccountActions.LockedOut, events[^1].Action);
        Assert.Equal(4, events.Count(e => e.Action == AccountActions.SignInFailed));
    }

    [Fact]
    public async Task A_deactivated_account_cannot_sign_in_and_is_told_so_in_arabic()
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.Governor, DemoAccounts.Luxor);
        await app.Services.GetRequiredService<AccountAdministration>().SetActiveAsync(TestAccounts.Administrator, user.Id, false);
        var client = app.CreateClient();

        var wrongPassword = await SignInTests.PostLoginAsync(client, user.Email!, "not-the-password");
        var rightPassword = await SignInTests.PostLoginAsync(client, user.Email!, TestAccounts.Password);
        var home = await client.GetAsync("/");

        Assert.DoesNotContain("تم إيقاف هذا الحساب", await wrongPassword.Content.ReadAsStringAsync());
        Assert.Contains("تم إيقاف هذا الحساب", await rightPassword.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, home.StatusCode);
        Assert.Contains("/account/login", home.Headers.Location!.ToString());
    }

    [Fact]
    public async Task The_set_password_link_works_once()
    {
        var created = await app.Services.GetRequiredService<AccountAdministration>().CreateAsync(
            TestAccounts.Administrator,
            new AccountDraft { Email = $"new-{Guid.NewGuid():N}@test.example", DisplayName = "New adviser", Role = Roles.MilitaryAdviser, GovernorateId = await DemoChanges.GovernorateIdAsync(app.Services, DemoAccounts.Luxor) },
            app.BaseAddress);
        var link = new Uri(created.Link!.Url).PathAndQuery;
        var client = app.CreateClient();

        var first = await PostPasswordAsync(client, link, "Chosen-Password-1");
        var second = await PostPasswordAsync(client, link, "Another-Password-2");
        var signIn = await SignInTests.PostLoginAsync(client, (await EventsAsync(a => a.EntityId == created.UserId))[0].Changes[0].To!, "Chosen-Password-1");

        Assert.Contains("data-testid=\"password-set\"", first);
        Assert.Contains("لم يعد صالحًا", second);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        Assert.Contains(await EventsAsync(a => a.EntityId == created.UserId), e => e.Action == AccountActions.PasswordSet && e.IpAddress == "127.0.0.1");
    }

    private static async Task<string> PostPasswordAsync(HttpClient client, string link, string password)
    {
        var form = await client.GetStringAsync(link);
        var response = await client.PostAsync(link, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["_handler"] = "set-password",
            ["__RequestVerificationToken"] = SignInTests.Token(form),
            ["Input.Password"] = password,
            ["Input.Confirm"] = password,
        }));
        return await response.Content.ReadAsStringAsync();
    }

    private async Task<List<AuditEvent>> EventsAsync(System.Linq.Expressions.Expression<Func<AuditEvent, bool>> match)
    {
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        return await db.AuditEvents.AsNoTracking().Where(match).OrderBy(a => a.Id).ToListAsync();
    }
}
