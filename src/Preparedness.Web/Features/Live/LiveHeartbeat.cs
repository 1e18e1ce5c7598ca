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

    public static bool IsHeartbeat(string payload) => payload.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>How long since anything was heard (or since <see cref="Heard"/> was last called).</summary>
    public TimeSpan Silence => Stopwatch.GetElapsedTime(Interlocked.Read(ref lastHeard));

    public void Heard() => Interlocked.Exchange(ref lastHeard, Stopwatch.GetTimestamp());

    /// <summary>Sends one heartbeat; false when the database could not be reached (the silence then speaks for itself).</summary>
    public async Task<bool> TrySendAsync(CancellationToken ct)
    {
        try
        {
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(ct);
            await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @payload)", connection);
            notify.Parameters.AddWithValue("channel", LivePayload.Channel);
            notify.Parameters.AddWithValue("payload", mine);
            await notify.ExecuteNonQueryAsync(ct);
            return true;
        }
        catch (Exception) when (!ct.IsCancellationRequested)
        {
            return false;
        }
    }
}
