namespace Preparedness.Web.Features.Reminders.Sweeps;

/// <summary>
/// A threshold watched on the row it is about (a blood stock below its days of supply, a local unit below its
/// minimum): whether it was below at the last look and how many times it went below. Going below is a crossing;
/// its number keys the one notice it causes, so a repeated look tells no one again, and a row that recovers and
/// goes below again is told again.
/// </summary>
public readonly record struct Crossing(bool IsBelow, int Count)
{
    /// <summary>The state after a look that finds the row <paramref name="below"/> or not.</summary>
    public Crossing Next(bool below) => new(below, below && !IsBelow ? Count + 1 : Count);

    /// <summary>Whether going from <paramref name="before"/> to this state was a crossing (to be told, once).</summary>
    public bool CrossedFrom(Crossing before) => IsBelow && !before.IsBelow;

    /// <summary>The occurrence key of crossing number <paramref name="count"/> of <paramref name="subject"/> <paramref name="id"/>.</summary>
    public static string Key(string subject, int id, int count) => $"{subject}:{id}:low:{count}";
}
