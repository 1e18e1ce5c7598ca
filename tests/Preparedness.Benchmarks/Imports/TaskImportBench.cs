using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Spreadsheets;
using Preparedness.Web.Features.Spreadsheets.Import;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Benchmarks.Imports;

/// <summary>
/// 5,000 task rows imported into one governorate as the page does it: its 4,000 tasks as the export writes them,
/// each with a new priority (4,000 changes), and 1,000 new tasks; preview, then apply (which checks everything
/// again and writes in one transaction). Each round takes the next governorate. It changes the benchmark
/// database (1,000 more tasks per round), so it runs last.
/// </summary>
internal static class TaskImportBench
{
    public const int NewRows = 1_000;

    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(5);

    public static async Task<bool> RunAsync(string connectionString, int rounds)
    {
        await using var services = AppServices.Build(connectionString);
        var import = services.GetRequiredService<ImportService>();
        int[] governorates;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync())
        {
            governorates = await db.Governorates.OrderByDescending(g => g.Id).Select(g => g.Id).ToArrayAsync();
        }

        Console.WriteLine();
        Console.WriteLine($"Task import, 5,000 rows (4,000 changed, {NewRows:N0} new) into one governorate, {rounds} rounds after 1 warm-up (budget {Budget.TotalSeconds:0} s for preview + apply)");
        Console.WriteLine("round |  rows | preview ms | apply ms | total ms");
        var passed = true;
        for (var i = 0; i < rounds + 1; i++)
        {
            var governorateId = governorates[i % governorates.Length];
            var (file, rows) = await FileAsync(services.GetRequiredService<TaskQueries>(), governorateId, i);
            var clock = Stopwatch.StartNew();
            var preview = await import.PreviewAsync(Actor.System, ImportKind.Tasks, governorateId, file);
            var previewed = clock.Elapsed.TotalMilliseconds;
            var applied = await import.ApplyAsync(Actor.System, ImportKind.Tasks, governorateId, file, new Uri("http://localhost/"));
            var total = clock.Elapsed.TotalMilliseconds;
            var ok = preview.IsValid && applied.Applied && applied.Count(RowAction.Create) == NewRows;
            Console.WriteLine($"{(i == 0 ? "warm" : $"{i}"),5} | {rows,5:N0} | {previewed,10:0} | {total - previewed,8:0} | {total,8:0}{(ok ? "" : "  (did not apply: " + string.Join(", ", applied.Errors.Take(3)) + ")")}");
            if (i > 0) passed &= ok && total <= Budget.TotalMilliseconds;
        }

        return passed;
    }

    /// <summary>The governorate's tasks as the export writes them, each one's priority turned, and new tasks after them.</summary>
    private static async Task<(ImportFile File, int Rows)> FileAsync(TaskQueries tasks, int governorateId, int round)
    {
        var existing = await tasks.StreamAsync(Actor.System, governorateId, new TaskFilter(), new TaskPageRequest(), TaskSheet.MaxRows, TaskSheet.Project).ToListAsync();
        var priorities = Enum.GetValues<TaskPriority>();
        var rows = existing.Select(r => r with { Priority = priorities[((int)r.Priority + 1) % priorities.Length] }).ToList();
        var template = existing[0];
        rows.AddRange(Enumerable.Range(0, NewRows).Select(n => template with
        {
            Id = 0, LibraryCode = null, TitleAr = $"مهمة مستوردة {round}-{n}", TitleEn = $"Imported task {round}-{n}", Status = Preparedness.Web.Features.Tasks.TaskStatus.NotStarted, Achieved = 0,
        }));
        using var output = new MemoryStream();
        var columns = TaskSheet.Columns.Select(c => c.Key == "id" ? new SheetColumn<TaskSheetRow>("id", r => r.Id == 0 ? null : r.Id) : c).ToList();
        await SheetWriter.WriteCsvAsync(output, SheetData.Of(TaskSheet.Name, columns, rows), CancellationToken.None);
        return (new ImportFile("tasks.csv", output.ToArray()), rows.Count);
    }
}
