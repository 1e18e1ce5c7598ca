using System.Globalization;
using System.Text.Json;

namespace Preparedness.Web.Features.Tasks.Storms;

/// <summary>
/// The storm calendar embedded from storms.json (a copy of the research data). Dates recur every year;
/// a singleton because the data never changes while the app runs.
/// </summary>
internal sealed class StormCalendar
{
    /// <summary>How many days early or late a storm may come, per the research notes on the Port Authority table.</summary>
    public const int UncertaintyDays = 5;

    /// <summary>Months from here on belong to the first calendar year of a winter season.</summary>
    public const int SeasonTurnMonth = 7;

    private readonly Dictionary<string, Storm> byCode;
    private readonly IReadOnlyList<string> appliesTo;

    public StormCalendar()
    {
        var file = Read();
        All = [.. file.Storms.Select(ToStorm)];
        appliesTo = file.AppliesTo;
        byCode = All.ToDictionary(s => s.Code, StringComparer.Ordinal);
    }

    public IReadOnlyList<Storm> All { get; }

    public Storm? Find(string? code) => code is null ? null : byCode.GetValueOrDefault(code);

    /// <summary>The winter storms a governorate names; empty for governorates without a storm calendar.</summary>
    public IReadOnlyList<Storm> For(string governorateCode) =>
        appliesTo.Contains(governorateCode) ? [.. All.Where(s => s.IsWinterStorm)] : [];

    /// <summary>
    /// The storm in the season that starts on <paramref name="seasonStart"/>: autumn storms (July to
    /// December) in the season's first year, the others in the next.
    /// </summary>
    public static StormWindow Window(Storm storm, DateOnly seasonStart)
    {
        var year = seasonStart.Year + (storm.Month >= SeasonTurnMonth ? 0 : 1);
        return Around(storm, new DateOnly(year, storm.Month, storm.Day));
    }

    /// <summary>The window of the storm a task is tied to, in its plan's season; null for no (or an unknown) storm.</summary>
    public StormWindow? WindowOf(string? code, DateOnly seasonStart) =>
        Find(code) is { } storm ? Window(storm, seasonStart) : null;

    /// <summary>
    /// The next storm of a governorate's season: the first whose window opens today or later. Once a
    /// window is open the storm is due any day (its reminders run until it closes) and the next one is
    /// what there is still time to prepare for.
    /// </summary>
    public StormWindow? Next(string governorateCode, DateOnly seasonStart, DateOnly today) =>
        For(governorateCode)
            .Select(s => Window(s, seasonStart))
            .Where(w => w.From >= today)
            .MinBy(w => w.From);

    /// <summary>The days a storm expected on <paramref name="expectedOn"/> may really come in.</summary>
    public static StormWindow Around(Storm storm, DateOnly expectedOn) => new(
        storm,
        expectedOn,
        expectedOn.AddDays(-UncertaintyDays),
        expectedOn.AddDays((storm.DurationDays ?? 1) - 1 + UncertaintyDays));

    private static Storm ToStorm(StormEntry e) => new(
        e.Id,
        e.NameAr,
        e.NameEn,
        int.Parse(e.ApproxStartMmdd[..2], CultureInfo.InvariantCulture),
        int.Parse(e.ApproxStartMmdd[3..], CultureInfo.InvariantCulture),
        e.DurationDays,
        e.Season);

    private static StormFile Read()
    {
        var assembly = typeof(StormCalendar).Assembly;
        var name = assembly.GetManifestResourceNames().Single(n => n.EndsWith(".Features.Tasks.Storms.storms.json", StringComparison.Ordinal));
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        return JsonSerializer.Deserialize<StormFile>(stream, new JsonSerializerOptions { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower })
            ?? throw new InvalidDataException("storms.json is empty.");
    }

    private sealed record StormFile(IReadOnlyList<StormEntry> Storms, IReadOnlyList<string> AppliesTo);

    private sealed record StormEntry(string Id, string NameAr, string NameEn, string ApproxStartMmdd, int? DurationDays, string Season);
}
