using Preparedness.Testing.Postgres;

namespace Preparedness.Web.Tests.Infrastructure;

/// <summary>The PostgreSQL server shared by every test in this process, started on first use.</summary>
internal static class TestPostgres
{
    public const string ConnectionVariable = "PREPAREDNESS_TEST_CONNECTION";

    // xunit 2 has no assembly fixtures; a process-wide lazy gives every test collection the same
    // server at the cost of one startup. The server tidies itself up when the process ends.
    private static readonly Lazy<ThrowawayPostgres> Server = new(
        () => ThrowawayPostgres.Start(new PostgresOptions { ExternalConnectionVariable = ConnectionVariable }),
        LazyThreadSafetyMode.ExecutionAndPublication);

    public static ThrowawayPostgres Instance => Server.Value;
}
