using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Dashboard;

namespace Preparedness.Web.Features.Dashboard.Board;

/// <summary>What the hub sends to clients that are not Blazor circuits (the wall board, other systems).</summary>
public interface IReadinessClient
{
    Task ReadinessChanged(BoardUpdate update);

    /// <summary>Updates may have been missed: read the whole state again.</summary>
    Task Resync();
}

/// <summary>
/// Live readiness for signed-in clients. A client is put in its own governorate's group on the
/// server, from its identity; only an administrator may choose another governorate.
/// </summary>
[Authorize]
internal sealed class ReadinessHub(DashboardService dashboard, HubSessions sessions, BoardWatchers watchers, IOptions<IdentityOptions> identity) : Hub<IReadinessClient>
{
    public const string Path = "/hubs/readiness";

    public static string GroupFor(int governorateId) => $"governorate-{governorateId}";

    public override async Task OnConnectedAsync()
    {
        if (CurrentActor().GovernorateId is { } governorateId)
        {
            await Groups.AddToGroupAsync(Context.ConnectionId, GroupFor(governorateId));
            watchers.Watch(Context.ConnectionId, governorateId);
        }

        sessions.Add(Context, identity.Value.ClaimsIdentity.SecurityStampClaimType);

        await base.OnConnectedAsync();
    }

    public override Task OnDisconnectedAsync(Exception? exception)
    {
        sessions.Remove(Context.ConnectionId);
        watchers.Leave(Context.ConnectionId);
        return base.OnDisconnectedAsync(exception);
    }

    /// <summary>Administrators watch a governorate of their choice; anyone else only their own.</summary>
    public async Task Watch(int governorateId)
    {
        var actor = CurrentActor();
        if (!actor.CanRead(governorateId))
        {
            throw new HubException("Not allowed to watch that governorate.");
        }

        await Groups.AddToGroupAsync(Context.ConnectionId, GroupFor(governorateId));
        watchers.Watch(Context.ConnectionId, governorateId);
    }

    /// <summary>The whole current state, read after every (re)connect so nothing missed stays wrong.</summary>
    public async Task<BoardFigures> GetBoard(int? governorateId = null)
    {
        var actor = CurrentActor();
        var id = governorateId ?? actor.GovernorateId ?? throw new HubException("Choose a governorate.");
        if (!actor.CanRead(id))
        {
            throw new HubException("Not allowed to read that governorate.");
        }

        return BoardFigures.From(await dashboard.GetAsync(actor, id, Context.ConnectionAborted));
    }

    private Actor CurrentActor() =>
        Actor.From(Context.User!) ?? throw new HubException("The signed-in user has no role.");
}
