using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.TwoFactor;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Accounts;

/// <summary>An instance where the secretariat must use an authenticator app (Preparedness:Security:RequireTwoFactorForRoles).</summary>
[Collection(AppCollection.Name)]
public sealed class RequiredTwoFactorTests(AppHost app) : IAsyncLifetime
{
    private AppHost strict = default!;

    public async Task InitializeAsync() =>
        strict = await AppHost.StartSecondInstanceAsync(app, new Dictionary<string, string?> { ["Preparedness:Security:RequireTwoFactorForRoles"] = "Administrator, Secretariat" });

    public Task DisposeAsync() => strict.DisposeAsync();

    [Theory]
    [InlineData("/")]
    [InlineData("/tasks")]
    [InlineData("/admin/users")]
    [InlineData("/audit/export.csv")]
    public async Task A_secretariat_user_without_an_authenticator_is_sent_to_set_it_up_from_every_page(string path)
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.Secretariat, DemoAccounts.Luxor);
        var client = strict.CreateClient();
        await SignInTests.PostLoginAsync(client, user.Email!, TestAccounts.Password);

        var response = await client.GetAsync(path);
        var setup = await client.GetAsync(response.Headers.Location);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/account/two-factor", response.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, setup.StatusCode);
        Assert.Contains("data-testid=\"shared-key\"", await setup.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task The_hub_refuses_such_a_user_while_a_role_that_need_not_have_it_passes()
    {
        var secretariat = await TestAccounts.CreateAsync(app.Services, Roles.Secretariat, DemoAccounts.Luxor);

        var refused = await NegotiateAsync(secretariat.Email!, TestAccounts.Password);
        var governor = await NegotiateAsync("governor.luxor@preparedness.demo", DemoAccounts.Password);

        Assert.Equal(HttpStatusCode.Forbidden, refused);
        Assert.Equal(HttpStatusCode.OK, governor);
    }

    [Fact]
    public async Task Turning_the_authenticator_off_is_refused_for_a_role_that_must_have_it()
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.Secretariat, DemoAccounts.Luxor);
        await using var scope = strict.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<ApplicationUser>>();
        var stored = (await users.FindByIdAsync(user.Id))!;
        await users.SetTwoFactorEnabledAsync(stored, true);
        var actor = new Actor(user.Id, user.DisplayName, Roles.Secretariat, user.GovernorateId, null);

        var disabled = await scope.ServiceProvider.GetRequiredService<AuthenticatorSetup>().DisableAsync(actor, stored);

        Assert.False(disabled);
        Assert.True(await users.GetTwoFactorEnabledAsync((await users.FindByIdAsync(user.Id))!));
    }

    private async Task<HttpStatusCode> NegotiateAsync(string user, string password)
    {
        var client = strict.CreateClient();
        await SignInTests.PostLoginAsync(client, user, password);
        return (await client.PostAsync("/hubs/readiness/negotiate?negotiateVersion=1", null)).StatusCode;
    }
}
