using Npgsql;

namespace Preparedness.Web.Data;

/// <summary>
/// Warns at start when the app's own login could rewrite the audit trail: a superuser, or the owner of
/// an append-only table, can disable its triggers, switch them off for the session or drop the table.
/// </summary>
internal sealed class DatabaseRoleCheck(DatabaseConnections connections, ILogger<DatabaseRoleCheck> logger)
{
    public async Task<IReadOnlyList<string>> FindRisksAsync(CancellationToken ct = default)
    {
        await using var connection = new NpgsqlConnection(connections.Runtime);
        await connection.OpenAsync(ct);
        await using var command = new NpgsqlCommand(
            """
            SELECT 'superuser' FROM pg_roles WHERE rolname = current_user AND rolsuper
            UNION ALL
            SELECT 'owner of ' || c.relname FROM pg_class c
            WHERE c.relname = ANY(@tables) AND c.relkind = 'r' AND pg_has_role(current_user, c.relowner, 'USAGE')
            """,
            connection);
        command.Parameters.AddWithValue("tables", RuntimeGrants.AppendOnlyTables.ToArray());
        var risks = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct))
        {
            risks.Add(reader.GetString(0));
        }

        return risks;
    }

    public async Task WarnAsync(CancellationToken ct = default)
    {
        var risks = await FindRisksAsync(ct);
        if (risks.Count > 0)
        {
            logger.LogWarning(
                "The app's database login {Role} is {Risks}: it could rewrite the append-only audit trail. Run the app as a runtime role that owns nothing (see README, \"Database roles\").",
                new NpgsqlConnectionStringBuilder(connections.Runtime).Username, string.Join(", ", risks));
        }
    }
}
