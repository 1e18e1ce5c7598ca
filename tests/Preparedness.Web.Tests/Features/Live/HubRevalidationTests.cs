using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Accounts.Administration;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Live;

/// <summary>
/// A wall board stays connected for days: its hub connection is re-checked like a circuit. An
/// instance that re-checks every 2 seconds instead of every minute.
/// </summary>
[Collection(AppCollection.Name)]
public sealed class HubRevalidationTests(AppHost app) : IAsyncLifetime
{
    private AppHost quick = default!;

    public async Task InitializeAsync() =>
        quick = await AppHost.StartSecondInstanceAsync(app, new Dictionary<string, string?> { ["Preparedness:Security:RevalidationInterval"] = "00:00:02" });

    public Task DisposeAsync() => quick.DisposeAsync();

    [Fact]
    public async Task A_deactivated_users_open_hub_connection_is_closed_at_the_next_check_and_cannot_come_back()
    {
        var user = await TestAccounts.CreateAsync(app.Services, Roles.OperationsRoom, DemoAccounts.Luxor);
        await using var board = await HubClient.ConnectAsync(quick.BaseAddress, user.Email, TestAccounts.Password);
        await using var other = await HubClient.ConnectAsync(quick.BaseAddress, "ops.luxor@preparedness.demo");
        var closed = new TaskCompletionSource();
        board.Connection.Closed += _ =>
        {
            closed.TrySetResult();
            return Task.CompletedTask;
        };

        var result = await quick.Services.GetRequiredService<AccountAdministration>().SetActiveAsync(TestAccounts.Administrator, user.Id, active: false);

        Assert.True(result.Succeeded);
        await closed.Task.WaitAsync(TimeSpan.FromSeconds(10));
        // Hub requests check the account every time, not once per interval: no waiting for the cookie to age.
        var comeBack = await Assert.ThrowsAsync<HttpRequestException>(() => board.Connection.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, comeBack.StatusCode);
        Assert.Equal(HubConnectionState.Connected, other.Connection.State);
    }

    [Fact]
    public async Task A_deactivated_users_hub_cookie_is_refused_at_once_without_waiting_for_the_next_check()
    {
        // The first instance re-checks screens only once a minute: the refusal cannot come from the interval.
        var user = await TestAccounts.CreateAsync(app.Services, Roles.OperationsRoom, DemoAccounts.Luxor);
        await using var board = await HubClient.ConnectAsync(app.BaseAddress, user.Email, TestAccounts.Password);
        await board.Connection.StopAsync();

        var result = await app.Services.GetRequiredService<AccountAdministration>().SetActiveAsync(TestAccounts.Administrator, user.Id, active: false);

        Assert.True(result.Succeeded);
        var comeBack = await Assert.ThrowsAsync<HttpRequestException>(() => board.Connection.StartAsync());
        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, comeBack.StatusCode);
    }
}
