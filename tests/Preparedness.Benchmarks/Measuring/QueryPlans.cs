using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Preparedness.Benchmarks.Measuring;

/// <summary>
/// Replays each operation once with a recorder attached, then runs EXPLAIN (ANALYZE, BUFFERS) on every
/// statement it sent, with the same parameter values, and sums up the plan's shape: which indexes, any seq scan.
/// </summary>
internal static partial class QueryPlans
{
    public static async Task PrintAsync(string connectionString, Operations operations, CommandRecorder recorder, Target target)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        var shapes = new List<string>();
        foreach (var operation in Enum.GetValues<Operation>())
        {
            recorder.Take();
            if (operation == Operation.Dashboard)
            {
                await operations.DashboardAsync(target);
            }
            else if (operation == Operation.National)
            {
                await operations.NationalAsync();
            }
            else if (operation == Operation.NationalRawScan)
            {
                // Raw SQL outside EF: no statement to record; its plan is in the README.
                continue;
            }
            else
            {
                await operations.ListAsync(operation, target);
            }

            var statements = recorder.Take();
            Console.WriteLine();
            Console.WriteLine($"=== {operation.Describe()}: governorate {target.GovernorateId}, {statements.Count} statements ===");
            for (var i = 0; i < statements.Count; i++)
            {
                var plan = await ExplainAsync(connection, statements[i]);
                Console.WriteLine($"--- statement {i + 1} ---");
                Console.WriteLine(statements[i].Sql);
                Console.WriteLine(string.Join(", ", statements[i].Parameters.Select(p => $"{p.ParameterName}={Show(p.Value)}")));
                Console.WriteLine(plan);
                shapes.Add($"{operation.Describe()} #{i + 1}: {Shape(plan)}");
            }
        }

        Console.WriteLine();
        Console.WriteLine("=== plan shapes (EXPLAIN ANALYZE, warm cache) ===");
        shapes.ForEach(Console.WriteLine);
    }

    private static async Task<string> ExplainAsync(NpgsqlConnection connection, RecordedCommand statement)
    {
        await using var command = new NpgsqlCommand("EXPLAIN (ANALYZE, BUFFERS) " + statement.Sql, connection);
        foreach (var parameter in statement.Parameters)
        {
            command.Parameters.Add(parameter.Clone());
        }

        var lines = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            lines.Add(reader.GetString(0));
        }

        return string.Join(Environment.NewLine, lines);
    }

    private static string Shape(string plan)
    {
        var accesses = AccessPattern().Matches(plan)
            .Select(m => $"{m.Groups["node"].Value} {m.Groups["how"].Value} {m.Groups["name"].Value}")
            .Distinct()
            .ToList();
        var time = ExecutionTime().Match(plan);
        var seq = accesses.Any(a => a.StartsWith("Seq Scan", StringComparison.Ordinal)) ? "SEQ SCAN" : "no seq scan";
        return $"{(time.Success ? time.Groups[1].Value : "?")} ms, {seq}; {string.Join("; ", accesses)}";
    }

    private static string Show(object? value) => value switch
    {
        null or DBNull => "null",
        string s => $"'{s}'",
        int[] ids => $"{{{string.Join(',', ids)}}}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString() ?? "",
    };

    [GeneratedRegex(@"(?<node>Seq Scan|Index Only Scan|Index Scan|Bitmap Index Scan)(?: Backward)? (?<how>on|using) (?<name>\S+)")]
    private static partial Regex AccessPattern();

    [GeneratedRegex(@"Execution Time: ([0-9.]+) ms")]
    private static partial Regex ExecutionTime();
}
