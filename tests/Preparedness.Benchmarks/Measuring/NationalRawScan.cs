using Npgsql;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Benchmarks.Measuring;

/// <summary>
/// The reference the national view is measured against: every governorate's current-season figures by a full scan of
/// the 108,000 tasks in one prepared statement (no EF), as a hand-written report would compute them.
/// </summary>
internal sealed class NationalRawScan(string connectionString, TimeProvider clock)
{
    private const string Sql = $"""
        SELECT t.governorate_id, count(*), sum(t.priority),
               sum(CASE WHEN {ReadinessSql.Done} THEN t.priority WHEN t.last_updated_at < @stale_before THEN 0
                        WHEN t.measure = 'Quantity' AND t.target > 0 THEN t.priority * LEAST(1, t.achieved / t.target) ELSE 0 END),
               count(*) FILTER (WHERE {ReadinessSql.Overdue}), count(*) FILTER (WHERE {ReadinessSql.Stale})
        FROM readiness_tasks t
        WHERE t.plan_id IN ({ReadinessSql.CurrentPlanIds})
        GROUP BY t.governorate_id
        """;

    private readonly NpgsqlDataSource dataSource = NpgsqlDataSource.Create(connectionString);

    public async Task<int> RunAsync()
    {
        var moment = ReadinessScore.Moment.At(clock, new ReadinessOptions());
        await using var command = dataSource.CreateCommand(Sql);
        command.Parameters.Add(ReadinessSql.Today(moment.Today));
        command.Parameters.Add(ReadinessSql.StaleBefore(moment.StaleBefore));
        await command.PrepareAsync();
        await using var reader = await command.ExecuteReaderAsync();
        var governorates = 0;
        while (await reader.ReadAsync())
        {
            governorates++;
        }

        return governorates;
    }
}
