using Microsoft.AspNetCore.Components;

namespace Preparedness.Web.Features.Dashboard.Trends.Pages;

/// <summary>
/// A view of the daily snapshots: it reads them when what it shows changes (<see cref="Subject"/>), not when a
/// live change re-renders the page around it — snapshots change once a day, live changes many times a minute.
/// </summary>
public abstract class SnapshotView : ComponentBase
{
    private object? readFor;
    private bool unchanged;

    /// <summary>What the view shows (governorate, unit, organisation, season): read again only when it differs.</summary>
    protected abstract object Subject { get; }

    protected abstract Task ReadAsync();

    protected override async Task OnParametersSetAsync()
    {
        unchanged = Equals(readFor, Subject);
        if (!unchanged)
        {
            readFor = Subject;
            await ReadAsync();
        }
    }

    // Once: the render after an unchanged parameter set is skipped; a click inside renders as usual.
    protected override bool ShouldRender()
    {
        var render = !unchanged;
        unchanged = false;
        return render;
    }
}
