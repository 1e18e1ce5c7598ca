using Npgsql;

namespace Preparedness.Web.Features.Reminders.Sweeps;

/// <summary>
/// One set-based statement's worth of reminders: a SELECT of candidate occurrences (the columns of
/// <see cref="NotificationWriter.CandidateColumns"/>), who hears about them, and its parameters.
/// </summary>
/// <param name="BundleByOrganisation">
/// Each task still gets its own occurrence (what makes it exactly-once), but the recipients are told once
/// per organisation: one notification listing that organisation's tasks that were new in this statement.
/// </param>
/// <param name="BundlePayloads">
/// The same for occurrences that are not tasks' (stock entries): one notification per organisation whose payload lists
/// the payloads of its occurrences new in this statement (<see cref="Notifications.StaleBundle"/>).
/// </param>
internal sealed record ReminderBatch(
    ReminderKind Kind, string CandidatesSql, Audience Audience, IReadOnlyList<NpgsqlParameter> Parameters, bool BundleByOrganisation = false, bool BundlePayloads = false);

/// <summary>
/// What a statement wrote: notifications per recipient, how many emails wait to be sent, and the
/// range of the new notifications' ids (what the live announcement names).
/// </summary>
internal sealed record WriteResult(IReadOnlyDictionary<string, int> NotificationsByUser, int EmailsQueued, long FirstId = 0, long LastId = 0)
{
    public static readonly WriteResult None = new(new Dictionary<string, int>(), 0);

    public int Notifications => NotificationsByUser.Values.Sum();

    /// <summary>What a job reports (and Hangfire keeps as its result): counts, not the recipients.</summary>
    public JobSummary Summary => new(Notifications, NotificationsByUser.Count, EmailsQueued);

    public WriteResult Add(WriteResult other) => new(
        NotificationsByUser.Concat(other.NotificationsByUser)
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.Sum(p => p.Value)),
        EmailsQueued + other.EmailsQueued,
        Notifications == 0 ? other.FirstId : other.Notifications == 0 ? FirstId : Math.Min(FirstId, other.FirstId),
        Math.Max(LastId, other.LastId));
}

public sealed record JobSummary(int Notifications, int Recipients, int EmailsQueued);
