using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Localization;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Localization;
using Preparedness.Web.Features.Spreadsheets;
using Preparedness.Web.Features.Tasks;

namespace Preparedness.Benchmarks.Exports;

/// <summary>
/// One governorate's whole task list (4,000 tasks, no filter) exported as the endpoint does it — the list's
/// query streamed through the task sheet's columns into an .xlsx (Arabic titles, right to left) or a CSV —
/// rotating through the governorates. Wall time per export, from the first statement to the last byte.
/// </summary>
internal static class TaskExportBench
{
    public static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);

    public static async Task<bool> RunAsync(string connectionString, int rounds)
    {
        await using var services = AppServices.Build(connectionString);
        var tasks = services.GetRequiredService<TaskQueries>();
        var strings = services.GetRequiredService<IStringLocalizer<Strings>>();
        int[] governorates;
        await using (var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync())
        {
            governorates = await db.Governorates.OrderBy(g => g.Id).Select(g => g.Id).ToArrayAsync();
        }

        // Arabic titles and a right-to-left sheet, as most readers get; the table below stays in invariant figures.
        CultureInfo.CurrentUICulture = new CultureInfo("ar-EG");
        Console.WriteLine();
        Console.WriteLine($"Task export, one governorate's whole list, {rounds} measured exports per format after 3 warm-ups (budget {Budget.TotalSeconds:0} s each)");
        Console.WriteLine("format |  rows |     bytes |   min ms | median ms |   p95 ms |   max ms");
        var passed = true;
        foreach (var format in new[] { "xlsx", "csv" })
        {
            var times = new List<double>();
            var (rows, bytes) = (0, 0L);
            for (var i = 0; i < rounds + 3; i++)
            {
                var governorateId = governorates[i % governorates.Length];
                var clock = Stopwatch.StartNew();
                (rows, bytes) = await ExportAsync(tasks, strings, governorateId, format);
                if (i >= 3)
                {
                    times.Add(clock.Elapsed.TotalMilliseconds);
                }
            }

            times.Sort();
            Console.WriteLine($"{format,6} | {rows,5:N0} | {bytes,9:N0} | {times[0],8:0.0} | {times[times.Count / 2],9:0.0} | "
                + $"{times[(int)Math.Ceiling(times.Count * 0.95) - 1],8:0.0} | {times[^1],8:0.0}");
            passed &= rows >= 4000 && times[^1] <= Budget.TotalMilliseconds;
        }

        return passed;
    }

    private static async Task<(int Rows, long Bytes)> ExportAsync(TaskQueries tasks, IStringLocalizer<Strings> strings, int governorateId, string format)
    {
        var rows = 0;
        var stream = tasks.StreamAsync(Actor.System, governorateId, new TaskFilter(), new TaskPageRequest(), TaskSheet.MaxRows, TaskSheet.Project)
            .Select(row => { rows++; return row; });
        var sheet = SheetData.Of(TaskSheet.Name, TaskSheet.Columns, stream);
        if (format == "xlsx")
        {
            await using var file = await SheetWriter.WriteXlsxAsync([sheet], strings, CancellationToken.None);
            return (rows, file.Length);
        }

        await using var output = new MemoryStream();
        await SheetWriter.WriteCsvAsync(output, sheet, CancellationToken.None);
        return (rows, output.Length);
    }
}
