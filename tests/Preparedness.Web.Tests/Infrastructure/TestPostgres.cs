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

    private static readonly Lazy<Task<(LoginRole Owner, LoginRole Runtime)>> RoleLogins = new(async () =>
        (await Instance.CreateLoginRoleAsync("preparedness_test_owner"), await Instance.CreateLoginRoleAsync("preparedness_test_app")));

    public static ThrowawayPostgres Instance => Server.Value;

    /// <summary>
    /// The two roles of a production database: the owner that migrations run as, and the runtime role the app
    /// runs as, which owns nothing (see the README's "Database roles").
    /// </summary>
    public static Task<(LoginRole Owner, LoginRole Runtime)> Roles => RoleLogins.Value;
}
