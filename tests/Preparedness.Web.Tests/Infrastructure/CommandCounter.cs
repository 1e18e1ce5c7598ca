using System.Data.Common;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>Counts the commands sent to the database (round trips), for tests that bound them.</summary>
internal sealed class CommandCounter : DbCommandInterceptor
{
    private int count;

    public int Count { get => Volatile.Read(ref count); set => Volatile.Write(ref count, value); }

    public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
    }

    public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(
        DbCommand command, CommandEventData eventData, InterceptionResult<object> result, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref count);
        return base.ScalarExecutingAsync(command, eventData, result, cancellationToken);
    }
}
