using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql.EntityFrameworkCore.PostgreSQL;

namespace Preparedness.Web.Data;

/// <summary>
/// Retries a read that met a lost connection (a restart ends every pooled session; Npgsql then clears the
/// pool, so the next try gets a fresh one). Never a write: a commit whose answer was lost may have landed,
/// so saves decide for themselves through their idempotency key. Inside a transaction nothing is retried
/// and, unlike EF's own retrying strategy, nothing is refused: the app's transactions stay as they are.
/// </summary>
internal sealed class ReadRetryStrategy(ExecutionStrategyDependencies dependencies)
    : NpgsqlRetryingExecutionStrategy(dependencies, MaxRetries, MaxDelay, null)
{
    // About 7 s in all (0, 1, 3, 3 s): a restart, not a long outage, which the page reports instead.
    private const int MaxRetries = 4;
    private static readonly TimeSpan MaxDelay = TimeSpan.FromSeconds(3);

    private DbContext Context => Dependencies.CurrentContext.Context;

    // EF refuses a retrying strategy inside a transaction the app opened; this one simply does not retry there.
    protected override void OnFirstExecution()
    {
        if (Context.Database.CurrentTransaction is null)
        {
            base.OnFirstExecution();
        }
        else
        {
            ExceptionsEncountered.Clear();
        }
    }

    // A timeout is left alone: running a slow query again would only add to the load that made it slow.
    protected override bool ShouldRetryOn(Exception? exception) =>
        exception is not null && DatabaseOutage.Is(exception) && !TimedOut(exception)
        && Context.Database.CurrentTransaction is null && !Context.ChangeTracker.HasChanges();

    private static bool TimedOut(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is TimeoutException)
            {
                return true;
            }
        }

        return false;
    }
}
