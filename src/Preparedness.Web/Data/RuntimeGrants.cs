using Npgsql;
using Preparedness.Web.Features.Reminders.Jobs;

namespace Preparedness.Web.Data;

/// <summary>
/// What the runtime role may do, granted by the owner after each migration: read and write the app's rows,
/// append to the audit trail and task history but never change, delete or truncate them, and no DDL at all
/// (it owns nothing, so it cannot drop, alter, disable a trigger or take a superuser's shortcuts).
/// Default privileges cover tables a later migration creates.
/// </summary>
internal static class RuntimeGrants
{
    public static readonly IReadOnlyList<string> AppendOnlyTables = ["audit_events", "task_history", "resource_history"];

    /// <summary>
    /// Written once and only read afterwards, without a trigger of their own: readiness over time is what the
    /// governor's meeting compares against, so the app's login may add a day but never rewrite or remove one.
    /// </summary>
    public static readonly IReadOnlyList<string> InsertOnlyTables = ["readiness_snapshots"];

    public static async Task ApplyAsync(NpgsqlConnection owner, string runtimeRole, CancellationToken ct)
    {
        var role = Quote(runtimeRole);
        var appendOnly = string.Join(", ", AppendOnlyTables.Concat(InsertOnlyTables));
        string[] statements =
        [
            $"GRANT USAGE ON SCHEMA public, {JobServer.Schema} TO {role}",
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {role}",
            $"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO {role}",
            $"REVOKE UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER ON {appendOnly} FROM {role}",
            $"REVOKE INSERT, UPDATE, DELETE, TRUNCATE ON __ef_migrations_history FROM {role}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO {role}",

            // Hangfire's job server claims, updates and expires its rows at run time; its schema is made by migrate.
            $"GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA {JobServer.Schema} TO {role}",
            $"GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA {JobServer.Schema} TO {role}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA {JobServer.Schema} GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO {role}",
            $"ALTER DEFAULT PRIVILEGES IN SCHEMA {JobServer.Schema} GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO {role}",
        ];
        await using var batch = new NpgsqlBatch(owner);
        foreach (var statement in statements)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(statement));
        }

        await batch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>A role name as a quoted identifier (roles come from configuration, never from users).</summary>
    public static string Quote(string name) =>
        string.IsNullOrWhiteSpace(name) || name.Length > 63 || name.Contains('\0')
            ? throw new ArgumentException($"'{name}' is not a usable role name.", nameof(name))
            : "\"" + name.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
