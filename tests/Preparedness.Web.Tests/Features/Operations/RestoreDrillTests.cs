using System.Diagnostics;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Preparedness.Web.Features;
using Npgsql;
using Preparedness.Web.Features.DemoData;
using Preparedness.Web.Tests.Infrastructure;

namespace Preparedness.Web.Tests.Features.Operations;

/// <summary>
/// The restore drill an operator runs, with the scripts they run: back up a database holding the demo
/// season (evidence photos included), restore it into a scratch database, and compare every table's
/// row count and every evidence file's checksum.
/// </summary>
public sealed class RestoreDrillTests : IAsyncLifetime
{
    private readonly string folder = Directory.CreateTempSubdirectory("preparedness-backup-").FullName;

    private string ConnectionString { get; set; } = "";

    public async Task InitializeAsync() => ConnectionString = await TestDatabases.CreateMigratedAsync("drill");

    [Fact]
    public async Task A_backup_restored_into_a_scratch_database_has_every_row_and_the_same_evidence_bytes()
    {
        await SeedDemoDataAsync();

        // Backups and restores are an operator's work, as the server's administrator: the app's runtime role may not create databases.
        var source = new NpgsqlConnectionStringBuilder(TestPostgres.Instance.ConnectionString(new NpgsqlConnectionStringBuilder(ConnectionString).Database!));
        var backup = Path.Combine(folder, "drill.dump");
        var scratch = "restore_" + Guid.NewGuid().ToString("N")[..12];
        try
        {
            await RunAsync("backup.sh", source, source.Database!, backup);
            Assert.True(File.Exists(backup + ".sha256"));
            await RunAsync("restore.sh", source, "postgres", backup, scratch);

            var restored = new NpgsqlConnectionStringBuilder(source.ConnectionString) { Database = scratch }.ConnectionString;
            var before = await SnapshotAsync(ConnectionString);
            var after = await SnapshotAsync(restored);

            Assert.All(new[] { "public.task_evidence", "public.readiness_tasks", "public.task_history", "public.\"AspNetUsers\"" }, table => Assert.True(before[table] > 0, table));
            Assert.Equal(before, after);
        }
        finally
        {
            await DropAsync(scratch);
        }
    }

    [Fact]
    public async Task A_damaged_backup_is_refused_before_anything_is_restored()
    {
        var source = new NpgsqlConnectionStringBuilder(ConnectionString);
        var backup = Path.Combine(folder, "damaged.dump");
        await RunAsync("backup.sh", source, source.Database!, backup);
        await using (var file = File.OpenWrite(backup))
        {
            file.Seek(-1, SeekOrigin.End);
            file.WriteByte(0x42);
        }

        var scratch = "restore_" + Guid.NewGuid().ToString("N")[..12];
        var failure = await Assert.ThrowsAsync<InvalidOperationException>(() => RunAsync("restore.sh", source, "postgres", backup, scratch));

        Assert.Contains("checksum mismatch", failure.Message, StringComparison.Ordinal);
        await using var connection = new NpgsqlConnection(TestPostgres.Instance.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var exists = new NpgsqlCommand("SELECT count(*) FROM pg_database WHERE datname = @name", connection);
        exists.Parameters.AddWithValue("name", scratch);
        Assert.Equal(0L, await exists.ExecuteScalarAsync());
    }

    /// <summary>Every table's row count, and each evidence file's SHA-256 as computed by the server.</summary>
    private static async Task<Dictionary<string, long>> SnapshotAsync(string connectionString)
    {
        var snapshot = new Dictionary<string, long>();
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        List<string> tables = [];
        await using (var list = new NpgsqlCommand(
            "SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')",
            connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                tables.Add(reader.GetString(0));
            }
        }

        foreach (var table in tables)
        {
            await using var count = new NpgsqlCommand($"SELECT count(*) FROM {table}", connection);
            snapshot[table] = (long)(await count.ExecuteScalarAsync())!;
        }

        await using var sums = new NpgsqlCommand("SELECT id, encode(sha256(content), 'hex') FROM task_evidence", connection);
        await using var rows = await sums.ExecuteReaderAsync();
        while (await rows.ReadAsync())
        {
            snapshot[$"evidence {rows.GetInt64(0)} {rows.GetString(1)}"] = 1;
        }

        return snapshot;
    }

    private static async Task RunAsync(string script, NpgsqlConnectionStringBuilder server, string database, params string[] arguments)
    {
        var start = new ProcessStartInfo(RepositoryFiles.Path("deploy", script)) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["PGHOST"] = server.Host;
        start.Environment["PGPORT"] = server.Port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["PGUSER"] = server.Username;
        start.Environment["PGPASSWORD"] = server.Password ?? "";
        start.Environment["PGDATABASE"] = database;
        if (TestPostgres.Instance.BinaryDirectory is { } binaries)
        {
            start.Environment["PG_BIN"] = binaries;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(3));
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} exited with {process.ExitCode}: {await errors}{await output}");
        }
    }

    private async Task DropAsync(string database)
    {
        await using var connection = new NpgsqlConnection(TestPostgres.Instance.ConnectionString("postgres"));
        await connection.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", connection);
        await drop.ExecuteNonQueryAsync();
    }

    /// <summary>The demo season through the app's own seeder: tasks, history, accounts, evidence photos.</summary>
    private async Task SeedDemoDataAsync()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["ConnectionStrings:Preparedness"] = ConnectionString,
                ["Preparedness:Jobs:Enabled"] = "false",
            })
            .Build();
        await using var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton<IConfiguration>(configuration)
            .AddPreparedness(configuration)
            .BuildServiceProvider();
        await using var scope = services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DemoDataSeeder>().SeedAsync(CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }

        Directory.Delete(folder, recursive: true);
    }
}
