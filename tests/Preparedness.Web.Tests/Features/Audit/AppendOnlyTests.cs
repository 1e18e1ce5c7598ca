using Microsoft.EntityFrameworkCore;
using Npgsql;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Tests.Infrastructure;
using TaskStatus = Preparedness.Web.Features.Tasks.TaskStatus;

namespace Preparedness.Web.Tests.Features.Audit;

public sealed class AppendOnlyTests : DatabaseTest
{
    [Theory]
    [InlineData("UPDATE audit_events SET note = 'rewritten'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events")]
    [InlineData("UPDATE task_history SET note = 'rewritten'")]
    [InlineData("DELETE FROM task_history")]
    [InlineData("TRUNCATE task_history")]
    public async Task The_database_refuses_to_rewrite_or_remove_audit_and_history_rows(string sql)
    {
        var task = await World.AddTaskAsync();
        await Get<ProgressService>().UpdateAsync(World.WaterHead, task.Id, new ProgressUpdate(TaskStatus.InProgress, null, null, "started", task.Version));
        await using (var db = Db())
        {
            db.AuditEvents.Add(new AuditEvent { At = Now, UserName = "someone", Action = "test", EntityType = "test" });
            await db.SaveChangesAsync();
        }

        await using var connection = new NpgsqlConnection(ConnectionString);
        await connection.OpenAsync();
        var error = await Assert.ThrowsAsync<PostgresException>(() => new NpgsqlCommand(sql, connection).ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        await using var check = Db();
        Assert.Equal(1, await check.AuditEvents.CountAsync(a => a.Note == null));
        Assert.Equal(1, await check.TaskHistory.CountAsync(h => h.Note == "started"));
    }
}
