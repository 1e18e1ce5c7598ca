using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Audit;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Tasks;
using Preparedness.Web.Features.Tasks.Library;

namespace Preparedness.Benchmarks.Generation;

/// <summary>Migrates with the app's own step, then loads the national data set unless the database already holds it.</summary>
internal static class DataSetLoader
{
    public const int ExpectedTasks = TaskGenerator.TasksPerGovernorate * 27;

    public static async Task<string> EnsureLoadedAsync(IServiceProvider services, string connectionString)
    {
        await services.MigrateDatabaseAsync();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();

        var (governorates, benchGovernorates, tasks) = await CountAsync(connection);
        if (governorates == 27 && benchGovernorates == 27 && tasks == ExpectedTasks)
        {
            return "data set already loaded: reused";
        }

        if (governorates != 0)
        {
            // Never mix generated rows into someone's real or demo data.
            throw new InvalidOperationException(
                $"The database holds {governorates} governorates and {tasks} tasks, not the benchmark data set; point {Database.BenchDatabase.ConnectionVariable} at an empty database.");
        }

        var clock = Stopwatch.StartNew();
        var load = await LoadAsync(services, connection);
        var loaded = clock.Elapsed;

        // What autovacuum would have done by the time anyone looks: statistics, and a visibility map for index-only scans.
        await ExecuteAsync(connection, "VACUUM (ANALYZE) governorates, local_units, organisations, plans, readiness_tasks, task_history");
        return $"loaded {load.Tasks:N0} tasks and {load.History:N0} history entries by binary COPY in {loaded.TotalSeconds:0.0} s "
            + $"(COPY tasks {load.TaskCopy.TotalSeconds:0.0} s, COPY history {load.HistoryCopy.TotalSeconds:0.0} s, generating {load.Generating.TotalSeconds:0.0} s alongside), "
            + $"VACUUM ANALYZE {(clock.Elapsed - loaded).TotalSeconds:0.0} s; total {clock.Elapsed.TotalSeconds:0.0} s";
    }

    private sealed record LoadTimes(long Tasks, long History, TimeSpan TaskCopy, TimeSpan HistoryCopy, TimeSpan Generating);

    private static async Task<LoadTimes> LoadAsync(IServiceProvider services, NpgsqlConnection connection)
    {
        var time = services.GetRequiredService<TimeProvider>();
        var generator = new TaskGenerator(services.GetRequiredService<TaskLibrary>(), time.GetUtcNow(), CairoTime.Today(time));
        var json = await JsonNamesAsync(services);
        var structures = NationalStructure.Build();
        await BulkCopy.StructureAsync(connection, structures);

        // Generating (client CPU) overlaps with COPY and index upkeep (server CPU): one governorate in flight.
        var batches = Channel.CreateBounded<IReadOnlyList<GeneratedTask>>(1);
        var generating = new Stopwatch();
        var producer = Task.Run(async () =>
        {
            var taskId = 1;
            var historyId = 1L;
            foreach (var structure in structures)
            {
                generating.Start();
                var batch = generator.For(structure, taskId, historyId).ToList();
                generating.Stop();
                taskId += batch.Count;
                historyId += batch.Sum(t => t.History.Count);
                await batches.Writer.WriteAsync(batch);
            }

            batches.Writer.Complete();
        });

        long tasks = 0, history = 0;
        var taskCopy = new Stopwatch();
        var historyCopy = new Stopwatch();
        await foreach (var batch in batches.Reader.ReadAllAsync())
        {
            taskCopy.Start();
            await BulkCopy.TasksAsync(connection, batch.Select(t => t.Task));
            taskCopy.Stop();
            historyCopy.Start();
            await BulkCopy.HistoryAsync(connection, batch.SelectMany(t => t.History), json);
            historyCopy.Stop();
            tasks += batch.Count;
            history += batch.Sum(t => t.History.Count);
        }

        await producer;

        // Ids were written explicitly; move the identity sequences past them so the app can insert.
        foreach (var table in (string[])["governorates", "local_units", "organisations", "plans", "readiness_tasks", "task_history"])
        {
            await ExecuteAsync(connection, $"SELECT setval(pg_get_serial_sequence('{table}', 'id'), (SELECT max(id) FROM {table}))");
        }

        return new LoadTimes(tasks, history, taskCopy.Elapsed, historyCopy.Elapsed, generating.Elapsed);
    }

    private static async Task<FieldChangeJson> JsonNamesAsync(IServiceProvider services)
    {
        await using var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync();
        var changes = db.Model.FindEntityType(typeof(TaskHistoryEntry))!.FindNavigation(nameof(TaskHistoryEntry.Changes))!.TargetEntityType;
        string Name(string property) => changes.FindProperty(property)!.GetJsonPropertyName() ?? property;
        return new FieldChangeJson(Name(nameof(FieldChange.Field)), Name(nameof(FieldChange.From)), Name(nameof(FieldChange.To)));
    }

    private static async Task<(long Governorates, long Bench, long Tasks)> CountAsync(NpgsqlConnection connection)
    {
        await using var command = new NpgsqlCommand(
            "SELECT (SELECT count(*) FROM governorates), (SELECT count(*) FROM governorates WHERE code ~ '^gov[0-9]{2}$'), (SELECT count(*) FROM readiness_tasks)",
            connection);
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return (reader.GetInt64(0), reader.GetInt64(1), reader.GetInt64(2));
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 600 };
        await command.ExecuteNonQueryAsync();
    }
}
