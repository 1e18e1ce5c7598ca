namespace Preparedness.Web.Features.Live;

/// <summary>
/// A committed change any feature announces (<see cref="LiveAnnouncer"/>): ids and new values, never
/// a whole entity, small enough for a NOTIFY payload (8,000 bytes). Every instance hears it and hands
/// it to the screens subscribed to its <see cref="Scope"/> and to the feature's handlers.
/// </summary>
public interface ILiveChange
{
    /// <summary>Who may see it, e.g. <see cref="LiveScope.Governorate"/>; null when only handlers act on it.</summary>
    string? Scope { get; }
}

/// <summary>Work an instance does once per heard change (not once per screen), e.g. computing new figures.</summary>
internal interface ILiveHandler<in TChange>
    where TChange : ILiveChange
{
    Task HeardAsync(TChange change, CancellationToken ct);
}

/// <summary>The scopes screens subscribe to, named in one place.</summary>
public static class LiveScope
{
    public static string Governorate(int governorateId) => $"governorate:{governorateId}";

    public static string User(string userId) => $"user:{userId}";
}
