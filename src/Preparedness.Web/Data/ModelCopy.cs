using System.Data.Common;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;

namespace Preparedness.Web.Data;

/// <summary>
/// Writes many new rows of one entity by PostgreSQL's binary COPY, in the context's open transaction, with the
/// columns, conversions and JSON names taken from the EF model — so it writes what SaveChanges would, thirty
/// times faster, and a column added to the model is written without touching this code. Keys are reserved
/// from the table's identity sequence first (<see cref="ReserveIdsAsync"/>), so children can point at parents.
/// Triggers fire as for INSERT. Only for rows that are new; nothing is tracked.
/// </summary>
internal static class ModelCopy
{
    public static async Task<long[]> ReserveIdsAsync<T>(this PreparednessDbContext db, int count, CancellationToken ct)
    {
        var (table, key) = (Table<T>(db), db.Model.FindEntityType(typeof(T))!.FindPrimaryKey()!.Properties.Single().GetColumnName());
        await using var command = Command(db, $"SELECT nextval(pg_get_serial_sequence('{table}', '{key}')) FROM generate_series(1, {count})");
        var ids = new List<long>(count);
        await using var reader = await command.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) ids.Add(reader.GetInt64(0));
        return [.. ids];
    }

    public static async Task CopyAsync<T>(this PreparednessDbContext db, IReadOnlyCollection<T> rows, CancellationToken ct)
        where T : class
    {
        var entity = db.Model.FindEntityType(typeof(T))!;
        var columns = entity.GetProperties().Where(p => !p.IsShadowProperty() && p.ValueGenerated != ValueGenerated.OnAddOrUpdate).ToList();
        var json = entity.GetNavigations().Where(n => n.TargetEntityType.IsMappedToJson()).ToList();
        var names = columns.Select(p => p.GetColumnName()).Concat(json.Select(n => n.TargetEntityType.GetContainerColumnName()!));
        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        await using var importer = await connection.BeginBinaryImportAsync($"COPY {Table<T>(db)} ({string.Join(", ", names)}) FROM STDIN (FORMAT BINARY)", ct);
        foreach (var row in rows)
        {
            await importer.StartRowAsync(ct);
            foreach (var property in columns) await WriteAsync(importer, property, property.GetGetter().GetClrValue(row), ct);
            foreach (var navigation in json) await importer.WriteAsync(Json(navigation, navigation.GetGetter().GetClrValue(row)), NpgsqlDbType.Jsonb, ct);
        }

        await importer.CompleteAsync(ct);
    }

    private static async Task WriteAsync(NpgsqlBinaryImporter importer, IProperty property, object? value, CancellationToken ct)
    {
        var mapping = property.GetTypeMapping();
        if (value is not null && mapping.Converter is { } converter) value = converter.ConvertToProvider(value);
        if (value is null) await importer.WriteNullAsync(ct);
        else await importer.WriteAsync(value, ((RelationalTypeMapping)mapping).StoreTypeNameBase, ct);
    }

    /// <summary>An owned collection as EF's JSON mapping stores it: an array of objects, keyed by the model's JSON names.</summary>
    private static string Json(INavigation navigation, object? value)
    {
        var properties = navigation.TargetEntityType.GetProperties().Where(p => p.GetJsonPropertyName() is not null).ToList();
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartArray();
            foreach (var item in (System.Collections.IEnumerable?)value ?? Array.Empty<object>())
            {
                writer.WriteStartObject();
                foreach (var p in properties)
                {
                    writer.WritePropertyName(p.GetJsonPropertyName()!);
                    JsonSerializer.Serialize(writer, p.GetGetter().GetClrValue(item), p.ClrType);
                }

                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }

    private static string Table<T>(PreparednessDbContext db) => db.Model.FindEntityType(typeof(T))!.GetTableName()!;

    private static DbCommand Command(PreparednessDbContext db, string sql)
    {
        var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        command.Transaction = db.Database.CurrentTransaction?.GetDbTransaction();
        return command;
    }
}
