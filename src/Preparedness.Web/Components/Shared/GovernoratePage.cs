using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Authorization;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Governorates;

namespace Preparedness.Web.Components.Shared;

/// <summary>
/// A page about one governorate: the signed-in user's own, or for an administrator the one in "?gov=".
/// The actor comes from the server-side authentication state, never from the page's input.
/// </summary>
public abstract class GovernoratePage : ComponentBase
{
    [CascadingParameter]
    private Task<AuthenticationState> AuthenticationState { get; set; } = default!;

    [Inject]
    private GovernorateDirectory Directory { get; set; } = default!;

    [SupplyParameterFromQuery(Name = "gov")]
    public int? RequestedGovernorate { get; set; }

    /// <summary>A past season to read instead of the current one; links within the page carry it along.</summary>
    [SupplyParameterFromQuery(Name = "season")]
    public int? RequestedSeason { get; set; }

    internal Actor Actor { get; private set; } = default!;

    internal int GovernorateId { get; private set; }

    internal IReadOnlyList<NamedItem> Governorates { get; private set; } = [];

    protected override async Task OnParametersSetAsync()
    {
        var state = await AuthenticationState;
        var actor = Actor.From(state.User) ?? throw new AccessDeniedException("The signed-in user has no role.");

        // A filter or page change within the page comes back here: the governorates only change with the user.
        var changed = actor != Actor;
        Actor = actor;
        if (changed)
        {
            Governorates = await Directory.GovernoratesAsync(actor);
        }

        GovernorateId = Actor.GovernorateId
            ?? Governorates.FirstOrDefault(g => g.Id == RequestedGovernorate)?.Id
            ?? Governorates.FirstOrDefault()?.Id
            ?? 0;
        await LoadAsync();
    }

    protected abstract Task LoadAsync();

    // Names (statuses, categories, flags) read short in an address; what a user typed (a search) stays as typed.
    private static string QueryValue(object value)
    {
        var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture)!;
        return value is Enum or bool ? text.ToLowerInvariant() : text;
    }

    /// <summary>A link within the same governorate; administrators carry their choice along.</summary>
    internal string Link(string path, params (string Key, object? Value)[] query)
    {
        var parts = query
            .Where(q => q.Value is not null && q.Value is not false)
            .Select(q => $"{q.Key}={Uri.EscapeDataString(QueryValue(q.Value!))}")
            .ToList();
        if (Actor.ReadsEveryGovernorate)
        {
            parts.Insert(0, $"gov={GovernorateId}");
        }

        if (RequestedSeason is { } season && query.All(q => q.Key != "season"))
        {
            parts.Add($"season={season}");
        }

        return parts.Count == 0 ? path : $"{path}?{string.Join('&', parts)}";
    }
}
