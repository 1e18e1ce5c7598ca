using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Npgsql;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Live;
using Preparedness.Web.Features.Tasks;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.LoadTests.Scenarios;

/// <summary>
/// Makes real committed status changes to Luxor's tasks the way the app's ProgressService does: the
/// row, a history entry and <c>pg_notify</c> in one transaction, so PostgreSQL announces the change at
/// COMMIT. The change's ChangedBy carries a sequence number that every receiver can match.
/// </summary>
internal sealed class ChangeDriver : IAsyncDisposable
{
    public const string GovernorateCode = "luxor";

    private readonly NpgsqlDataSource dataSource;
    private readonly List<TaskRow> tasks;
    private readonly string runId = Guid.NewGuid().ToString("N")[..6];

    private ChangeDriver(NpgsqlDataSource dataSource, int governorateId, List<TaskRow> tasks)
    {
        this.dataSource = dataSource;
        GovernorateId = governorateId;
        this.tasks = tasks;
    }

    public int GovernorateId { get; }

    public static async Task<ChangeDriver> CreateAsync(string connectionString, CancellationToken ct)
    {
        var dataSource = NpgsqlDataSource.Create(connectionString);
        try
        {
            await using var connection = await dataSource.OpenConnectionAsync(ct);
            await using var governorate = new NpgsqlCommand("SELECT id FROM governorates WHERE code = $1", connection) { Parameters = { new() { Value = GovernorateCode } } };
            var governorateId = (int)(await governorate.ExecuteScalarAsync(ct) ?? throw new InvalidOperationException("The demo data has no Luxor governorate."));

            // Open tasks only, so that toggling between NotStarted and InProgress is a plausible change.
            await using var select = new NpgsqlCommand("""
                SELECT id, organisation_id, local_unit_id, category, status, achieved, target, title_ar, title_en
                FROM readiness_tasks
                WHERE governorate_id = $1 AND status IN ('NotStarted', 'InProgress')
                ORDER BY id
                LIMIT 200
                """, connection) { Parameters = { new() { Value = governorateId } } };
            var tasks = new List<TaskRow>();
            await using (var reader = await select.ExecuteReaderAsync(ct))
            {
                while (await reader.ReadAsync(ct))
                {
                    tasks.Add(new TaskRow(
                        reader.GetInt32(0),
                        reader.GetInt32(1),
                        reader.IsDBNull(2) ? null : reader.GetInt32(2),
                        Enum.Parse<TaskCategory>(reader.GetString(3)),
                        Enum.Parse<TaskStatus>(reader.GetString(4)),
                        reader.GetDecimal(5),
                        reader.IsDBNull(6) ? null : reader.GetDecimal(6),
                        reader.GetString(7),
                        reader.GetString(8)));
                }
            }

            return tasks.Count == 0
                ? throw new InvalidOperationException("Luxor has no open tasks to change.")
                : new ChangeDriver(dataSource, governorateId, tasks);
        }
        catch
        {
            await dataSource.DisposeAsync();
            throw;
        }
    }

    /// <summary>Who "made" change <paramref name="sequence"/>: what the screens show, and how receivers match it.</summary>
    public string Marker(int sequence) => $"load-{runId}-{sequence.ToString("D5", CultureInfo.InvariantCulture)}";

    /// <summary>The regular expression a page's script uses to find the sequence number in the change banner.</summary>
    public string MarkerPattern => $"load-{runId}-(\\d{{5}})";

    /// <summary>The sequence number in a ChangedBy written by this run, or -1.</summary>
    public int SequenceOf(string? changedBy)
    {
        var prefix = $"load-{runId}-";
        return changedBy is not null && changedBy.StartsWith(prefix, StringComparison.Ordinal)
            && int.TryParse(changedBy.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var sequence)
            ? sequence
            : -1;
    }

    /// <summary>
    /// Commits changes <paramref name="firstSequence"/>, … one every <paramref name="interval"/>, on a
    /// thread of their own with blocking database calls: with 1,000 clients decoding in this process the
    /// thread pool's queue is long, and an awaited COMMIT would be noted (and the next change sent) only
    /// when its continuation got a turn — up to a second late, which made receipts appear to precede commits.
    /// </summary>
    public Task<CommitTime[]> RunAsync(int firstSequence, int count, TimeSpan interval, CancellationToken ct)
    {
        var done = new TaskCompletionSource<CommitTime[]>(TaskCreationOptions.RunContinuationsAsynchronously);
        var thread = new Thread(() =>
        {
            try
            {
                var commits = new CommitTime[count];
                var start = Stopwatch.GetTimestamp();
                for (var i = 0; i < count; i++)
                {
                    var due = start + (long)(i * interval.TotalSeconds * Stopwatch.Frequency);
                    var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
                    if (wait > TimeSpan.Zero)
                    {
                        // Wakes early on cancellation; bounded by one interval.
                        ct.WaitHandle.WaitOne(wait);
                    }

                    ct.ThrowIfCancellationRequested();
                    commits[i] = Commit(firstSequence + i);
                }

                done.SetResult(commits);
            }
            catch (Exception ex)
            {
                done.SetException(ex);
            }
        })
        {
            IsBackground = true,
            Name = "load: commits",
        };
        thread.Start();
        return done.Task;
    }

    /// <summary>Commits change <paramref name="sequence"/>; returns when COMMIT returned, by the high-resolution and the wall clock.</summary>
    private CommitTime Commit(int sequence)
    {
        var index = sequence % tasks.Count;
        var task = tasks[index];
        var status = task.Status == TaskStatus.InProgress ? TaskStatus.NotStarted : TaskStatus.InProgress;
        var now = TimeProvider.System.GetUtcNow();
        var by = Marker(sequence);
        var change = new TaskChange(ChangeKind.Progress, GovernorateId, task.Id, task.OrganisationId, task.LocalUnitId, task.Category, status,
            task.Achieved, task.Target, task.TitleAr, task.TitleEn, 1, by, now);
        var history = JsonSerializer.Serialize(new[] { new FieldChange { Field = "Status", From = task.Status.ToString(), To = status.ToString() } });

        using var connection = dataSource.OpenConnection();
        using var transaction = connection.BeginTransaction();
        using (var batch = new NpgsqlBatch(connection, transaction))
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                UPDATE readiness_tasks
                SET status = $2, last_updated_at = $3, last_updated_by_id = NULL, last_updated_by_name = $4
                WHERE id = $1
                """) { Parameters = { new() { Value = task.Id }, new() { Value = status.ToString() }, new() { Value = now }, new() { Value = by } } });
            batch.BatchCommands.Add(new NpgsqlBatchCommand("""
                INSERT INTO task_history (task_id, at, user_id, user_name, kind, note, changes)
                VALUES ($1, $2, NULL, $3, 'Progress', NULL, $4::jsonb)
                """) { Parameters = { new() { Value = task.Id }, new() { Value = now }, new() { Value = by }, new() { Value = history } } });
            batch.BatchCommands.Add(new NpgsqlBatchCommand("SELECT pg_notify($1, $2)")
            {
                Parameters = { new() { Value = LivePayload.Channel }, new() { Value = LivePayload.Write(change) } },
            });
            batch.ExecuteNonQuery();
        }

        transaction.Commit();
        var committed = new CommitTime(Stopwatch.GetTimestamp(), UnixMilliseconds(TimeProvider.System.GetUtcNow()));
        tasks[index] = task with { Status = status };
        return committed;
    }

    public ValueTask DisposeAsync() => dataSource.DisposeAsync();

    /// <summary>Wall-clock Unix milliseconds with the clock's sub-millisecond part, to compare with a browser's performance.timeOrigin + now().</summary>
    public static double UnixMilliseconds(DateTimeOffset at) => (at - DateTimeOffset.UnixEpoch).TotalMilliseconds;

    private sealed record TaskRow(int Id, int OrganisationId, int? LocalUnitId, TaskCategory Category, TaskStatus Status, decimal Achieved, decimal? Target, string TitleAr, string TitleEn);
}

/// <summary>When a change's COMMIT returned: Stopwatch ticks (for receivers in this process) and Unix ms (for browsers).</summary>
internal sealed record CommitTime(long Timestamp, double UnixMs);
