using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Reminders.Sweeps;

namespace Preparedness.Web.Tests.Features.Reminders;

/// <summary>Runs a sweep's own candidate SELECT without writing anything: which tasks the rule picks today.</summary>
internal static class SweepCandidates
{
    public static async Task<List<int>> TaskIdsAsync(PreparednessDbContext db, ReminderBatch batch)
    {
        // The sweep's SQL is the app's own constant text; only its parameters vary.
        var sql = $"SELECT c.task_id AS \"Value\" FROM ({batch.CandidatesSql}) AS c({NotificationWriter.CandidateColumns})";
        var ids = await db.Database.SqlQueryRaw<int>(sql, [.. batch.Parameters]).ToListAsync();
        return [.. ids.Order()];
    }
}
