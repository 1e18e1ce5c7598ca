using Microsoft.AspNetCore.SignalR;
using Microsoft.AspNetCore.SignalR.Client;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Live;

[Collection(AppCollection.Name)]
public sealed class ReadinessHubTests(AppHost app)
{
    private static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    [Fact]
    public async Task A_luxor_client_receives_a_luxor_change_within_a_second_and_an_alexandria_client_does_not()
    {
        await using var luxor = await HubClient.ConnectAsync(app.BaseAddress, "ops.luxor@preparedness.demo");
        await using var alexandria = await HubClient.ConnectAsync(app.BaseAddress, "ops.alex@preparedness.demo");

        var before = await luxor.Connection.InvokeAsync<Preparedness.Web.Features.Dashboard.Board.BoardFigures>("GetBoard", (int?)null);
        var taskId = await DemoChanges.RecordProgressAsync(app.Services, "luxor", "water-luxor", "hub test: drains");
        var banner = await luxor.WaitForAsync(u => u.Change?.TaskId == taskId, Second);

        // The banner at once, then the figures: only the tiles that changed, which merged into the board held equal the whole board read again.
        Assert.NotNull(banner);
        Assert.Equal("Head of water-luxor", banner.Change!.ChangedBy);
        var after = await luxor.Connection.InvokeAsync<Preparedness.Web.Features.Dashboard.Board.BoardFigures>("GetBoard", (int?)null);
        var figures = await luxor.WaitForAsync(u => u.Figures is { } f && Merged(before, luxor, banner) is { } m && m.Overall == after.Overall && m.Units.SequenceEqual(after.Units) && m.Categories.SequenceEqual(after.Categories), Second);
        Assert.NotNull(figures);
        Assert.Equal(await DemoChanges.GovernorateIdAsync(app.Services, "luxor"), figures.Figures!.GovernorateId);
        Assert.Null(await alexandria.WaitForAsync(u => u.Change?.TaskId == taskId, Second));
    }

    // Every figures update received after the banner, applied in order to the board read before the change.
    private static Preparedness.Web.Features.Dashboard.Board.BoardFigures Merged(
        Preparedness.Web.Features.Dashboard.Board.BoardFigures before, HubClient client, Preparedness.Web.Features.Dashboard.Board.BoardUpdate banner)
    {
        List<Preparedness.Web.Features.Dashboard.Board.BoardUpdate> received;
        lock (client.Received)
        {
            received = [.. client.Received];
        }

        return received.Skip(received.IndexOf(banner) + 1).Where(u => u.Figures is not null).Aggregate(before, (held, u) => held.Merge(u.Figures!));
    }

    [Fact]
    public async Task An_anonymous_client_is_refused()
    {
        var error = await Assert.ThrowsAsync<HttpRequestException>(() => HubClient.ConnectAsync(app.BaseAddress, null));

        Assert.Equal(System.Net.HttpStatusCode.Unauthorized, error.StatusCode);
    }

    [Fact]
    public async Task A_client_cannot_join_or_read_another_governorate()
    {
        await using var luxor = await HubClient.ConnectAsync(app.BaseAddress, "adviser.luxor@preparedness.demo");
        var alexandriaId = await DemoChanges.GovernorateIdAsync(app.Services, "alexandria");

        await Assert.ThrowsAsync<HubException>(() => luxor.Connection.InvokeAsync("Watch", alexandriaId));
        await Assert.ThrowsAsync<HubException>(() => luxor.Connection.InvokeAsync<object>("GetBoard", alexandriaId));
        var taskId = await DemoChanges.RecordProgressAsync(app.Services, "alexandria", "water-alex", "hub test: not for luxor");
        Assert.Null(await luxor.WaitForAsync(u => u.Change?.TaskId == taskId, Second));
    }

    [Fact]
    public async Task An_administrator_may_watch_any_governorate()
    {
        await using var admin = await HubClient.ConnectAsync(app.BaseAddress, "admin@preparedness.demo");
        await admin.Connection.InvokeAsync("Watch", await DemoChanges.GovernorateIdAsync(app.Services, "alexandria"));

        var taskId = await DemoChanges.RecordProgressAsync(app.Services, "alexandria", "sanitation-alex", "hub test: admin watches");

        Assert.NotNull(await admin.WaitForAsync(u => u.Change?.TaskId == taskId, Second));
    }

    [Fact]
    public async Task A_change_that_did_not_commit_is_not_announced()
    {
        await using var luxor = await HubClient.ConnectAsync(app.BaseAddress, "governor.luxor@preparedness.demo");
        var (task, _) = await DemoChanges.OpenTaskAsync(app.Services, "luxor", "dir-health");

        await DemoChanges.RecordProgressAsync(app.Services, "luxor", "dir-health", "refused: stale version", staleVersion: task.Version + 12345);

        Assert.Null(await luxor.WaitForAsync(u => u.Change?.TaskId == task.Id, Second));
    }

    [Fact]
    public async Task The_board_state_is_readable_on_connect()
    {
        await using var luxor = await HubClient.ConnectAsync(app.BaseAddress, "ops.luxor@preparedness.demo");

        var board = await luxor.Connection.InvokeAsync<Preparedness.Web.Features.Dashboard.Board.BoardFigures>("GetBoard", (int?)null);

        Assert.Equal("محافظة الأقصر", board.NameAr);
        Assert.Contains(board.Units, u => u.NameEn.Contains("Esna", StringComparison.Ordinal));
        Assert.Equal(10, board.Categories.Count(c => c.Tasks > 0) + board.Categories.Count(c => c.Tasks == 0));
    }
}
