using Microsoft.AspNetCore.Components.Server.Circuits;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// Tells a circuit's pages that its connection came back: updates sent while it was down were
/// lost, so they read their state again.
/// </summary>
internal sealed class CircuitResync : CircuitHandler
{
    private bool wasDown;

    public event Func<Task>? Reconnected;

    public override Task OnConnectionDownAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        wasDown = true;
        return Task.CompletedTask;
    }

    public override async Task OnConnectionUpAsync(Circuit circuit, CancellationToken cancellationToken)
    {
        if (wasDown && Reconnected is { } handlers)
        {
            wasDown = false;
            await Task.WhenAll(handlers.GetInvocationList().Cast<Func<Task>>().Select(h => h()));
        }
    }
}
