using Npgsql;

namespace Preparedness.Web.Tests.Features.Operations.Faults;

/// <summary>The multi-host connection string deploy/README.md recommends, pointed at a test's primary and standby.</summary>
internal static class FailoverConnection
{
    public static string MultiHost(string connectionString, int primaryPort, int standbyPort) =>
        new NpgsqlConnectionStringBuilder(connectionString)
        {
            Host = $"127.0.0.1:{primaryPort},127.0.0.1:{standbyPort}",
            TargetSessionAttributes = "primary",
            HostRecheckSeconds = 1,
            Timeout = 3,
            KeepAlive = 5,
        }.ConnectionString;
}
