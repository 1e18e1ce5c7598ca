using System.Text.Json;
using System.Text.RegularExpressions;

namespace Preparedness.LoadTests.Scenarios.Headless;

/// <summary>
/// What a browser's blazor.web.js reads from a prerendered page to start a circuit: the server
/// component markers (<c>&lt;!--Blazor:{…}--&gt;</c>, start markers only) and the persisted state.
/// </summary>
internal sealed partial record PrerenderedPage(IReadOnlyList<string> Markers, string ApplicationState)
{
    public static PrerenderedPage Parse(string html)
    {
        var markers = new List<string>();
        foreach (Match match in MarkerPattern().Matches(html))
        {
            using var json = JsonDocument.Parse(match.Groups[1].Value);
            // End markers carry only a prerenderId; the start marker has the type and the descriptor.
            if (json.RootElement.TryGetProperty("type", out var type) && type.GetString() == "server")
            {
                markers.Add(match.Groups[1].Value);
            }
        }

        var state = StatePattern().Match(html);
        return new PrerenderedPage(markers, state.Success ? state.Groups[1].Value : "");
    }

    /// <summary>
    /// The first UpdateRootComponents batch, as blazor.web.js sends it: one "add" per server
    /// component in document order, the marker without its DOM positions.
    /// </summary>
    public string AddOperations()
    {
        var operations = Markers.Select((marker, i) => $$"""{"type":"add","ssrComponentId":{{i + 1}},"marker":{{marker}}}""");
        return $$"""{"batchId":1,"operations":[{{string.Join(',', operations)}}]}""";
    }

    [GeneratedRegex(@"<!--Blazor:(\{.*?\})-->", RegexOptions.Singleline)]
    private static partial Regex MarkerPattern();

    [GeneratedRegex(@"<!--Blazor-Server-Component-State:([A-Za-z0-9+/=]+)-->")]
    private static partial Regex StatePattern();
}
