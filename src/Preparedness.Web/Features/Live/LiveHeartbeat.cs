using System.Diagnostics;
using Npgsql;

namespace Preparedness.Web.Features.Live;

/// <summary>
/// The listener's proof of life: a NOTIFY sent the way changes are announced (the app's own connection,
/// which may go through a pooler) that this instance's LISTEN connection must hear. Any notification
/// heard counts; other instances ignore this one's heartbeats.
/// </summary>
internal sealed class LiveHeartbeat(string connectionString)
{
    public const string Prefix = "heartbeat:";

    private readonly string mine = Prefix + Guid.NewGuid().ToString("N");
    private long lastHeard = Stopwatch.GetTimestamp();
    private long sent;

    public static bool IsHeartbeat(string payload) => payload.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>How long since anything was heard (or since <see cref="Heard"/> was last called).</summary>
    public TimeSpan Silence => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastHeard));

    public void Heard() => Interlocked.Exchange(ref lastHeard, Stopwatch.GetTimestamp());

    /// <summary>The number the next heartbeat will carry: those numbered from here on were sent after this moment.</summary>
    public long Next => Interlocked.Read(ref sent) + 1;

    /// <summary>
    /// This instance's heartbeat sent at or after <paramref name="floor"/>. Only such a one proves a new
    /// connection: a transaction-mode pooler may hand an older one to the client while its LISTEN runs.
    /// </summary>
    public bool IsMineSince(string payload, long floor) =>
        payload.StartsWith(mine + ":", StringComparison.Ordinal)
        && long.TryParse(payload.AsSpan(mine.Length + 1), System.Globalization.CultureInfo.InvariantCulture, out var number)
        && number >= floor;

    /// <summary>Sends one heartbeat; false when the database could not be reached (the silence then speaks for itself).</summary>
    public async Task<bool> TrySendAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", LivePayload.Channel);
            notify.Parameters.AddWithValue("payload", $"{mine}:{Interlocked.Increment(ref sent)}");
            await notify.ExecuteNonQueryAsync(ct);
            return true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
