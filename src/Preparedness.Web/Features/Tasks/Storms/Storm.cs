namespace Preparedness.Web.Features.Tasks.Storms;

/// <summary>One of Alexandria's named winter storms (نوات), from the Port Authority's traditional calendar.</summary>
/// <param name="Code">The calendar's id, e.g. "qasim"; what a task stores.</param>
/// <param name="DurationDays">Null where the sources give none.</param>
/// <param name="Season">"autumn_winter", or "spring_off_season" for the end-of-season marker.</param>
public sealed record Storm(string Code, string NameAr, string NameEn, int Month, int Day, int? DurationDays, string Season)
{
    public bool IsWinterStorm => Season == "autumn_winter";
}

/// <summary>
/// Where a storm falls in one season: its traditional start and the window it may really come in,
/// because storms arrive days early or late (the research notes say to keep about ±5 days).
/// </summary>
public sealed record StormWindow(Storm Storm, DateOnly ExpectedOn, DateOnly From, DateOnly Until);
