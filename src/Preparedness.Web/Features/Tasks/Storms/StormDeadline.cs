using Microsoft.Extensions.Options;
using Preparedness.Web.Features.Tasks.Library;

namespace Preparedness.Web.Features.Tasks.Storms;

/// <summary>
/// Storms as deadlines: the one place that says when a storm task is due by default, whether a due
/// date is too late for its storm, and how many days are left before a storm's window opens.
/// </summary>
internal sealed class StormDeadline(IOptions<StormOptions> options)
{
    /// <summary>
    /// Pre-storm work from the library keeps its own lead time before the storm (the data's
    /// "storm date minus lead_time_days"), read from the library revision the task was made from;
    /// any other task gets the configured <see cref="StormOptions.LeadDays"/>.
    /// </summary>
    public int LeadDays(int? libraryStormLead) => libraryStormLead ?? options.Value.LeadDays;

    /// <summary>The lead a library revision gives before a storm: its own for pre-storm work, else none.</summary>
    public static int? StormLead(LibraryItem? item) => item is { Phase: LibraryPhase.PreStorm } ? item.LeadTimeDays : null;

    /// <summary>The default due date: the window opens, minus the lead time.</summary>
    public DateOnly DefaultDueOn(StormWindow window, int? libraryStormLead = null) => DueBefore(window, LeadDays(libraryStormLead));

    public static DateOnly DueBefore(StormWindow window, int leadDays) => window.From.AddDays(-leadDays);

    /// <summary>
    /// Work due on or after the day the storm's window opens is late for it: the storm may come on
    /// that very day, so due on the opening day is flagged too.
    /// </summary>
    public static bool DueAfterWindowOpens(DateOnly dueOn, StormWindow window) => dueOn >= window.From;

    /// <summary>Cairo days from today until the window opens; 0 on the opening day.</summary>
    public static int DaysLeft(StormWindow window, DateOnly today) => window.From.DayNumber - today.DayNumber;
}
