using System.Net.Sockets;
using Npgsql;

namespace Preparedness.Web.Data;

/// <summary>
/// Whether an exception means the database could not be reached or went away (a restart, a failover),
/// as opposed to a fault in the app: a page tells the user to try again and keeps what they typed.
/// </summary>
internal static class DatabaseOutage
{
    public static bool Is(Exception exception)
    {
        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            switch (e)
            {
                // Shutting down, crashed, starting up, read-only after failover, or a lost connection.
                case PostgresException postgres when postgres.SqlState.StartsWith("57P", StringComparison.Ordinal)
                    || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
                    || postgres.SqlState == PostgresErrorCodes.ReadOnlySqlTransaction:
                    return true;
                case PostgresException:
                    return false;
                case NpgsqlException or SocketException or TimeoutException:
                    return true;

                // The connection broke inside a transaction (a failover mid-save): Npgsql ends the transaction with it.
                case InvalidOperationException when e.Source == "Npgsql" && e.Message.Contains("Transaction is already completed", StringComparison.Ordinal):
                    return true;
            }
        }

        return false;
    }
}
