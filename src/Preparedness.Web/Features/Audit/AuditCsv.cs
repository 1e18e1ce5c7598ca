using System.Globalization;
using System.Text;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Audit;

/// <summary>
/// The audit rows as CSV: UTF-8 with a byte-order mark (without it Excel shows Arabic as mojibake),
/// times in Cairo, and cells that would start a formula defused. Actions and changes come twice: as
/// their stable codes (for programs and searches) and in words, in the language of whoever exported.
/// </summary>
internal static class AuditCsv
{
    public static readonly Encoding Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    private static readonly string[] Header =
        ["time_cairo", "user", "ip_address", "action", "action_words", "entity_type", "entity_id", "governorate", "changes", "changes_words", "note"];

    public static async Task WriteAsync(Stream output, IAsyncEnumerable<AuditRow> rows, AuditWords words, AuditNames names, CancellationToken ct)
    {
        await using var writer = new StreamWriter(output, Encoding, bufferSize: 16 * 1024, leaveOpen: true);
        await writer.WriteLineAsync(string.Join(',', Header));
        await foreach (var row in rows.WithCancellation(ct))
        {
            await writer.WriteLineAsync(Line(row, words, names));
        }
    }

    public static string Line(AuditRow row, AuditWords words, AuditNames names) => string.Join(',', new[]
    {
        CairoTime.ToCairo(row.At).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
        row.UserName,
        row.IpAddress,
        row.Action,
        words.Action(row.Action),
        row.EntityType,
        row.EntityId,
        row.GovernorateNameEn ?? row.GovernorateNameAr,
        string.Join("; ", row.Changes.Select(c => $"{c.Field}: {c.From ?? "—"} → {c.To ?? "—"}")),
        words.Changes(row.Changes, row.EntityType, names),
        row.Note,
    }.Select(Cell));

    private static string Cell(string? value)
    {
        value ??= "";

        // A user-typed "=HYPERLINK(…)" must stay text when the file is opened in a spreadsheet.
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0], StringComparison.Ordinal))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{value.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : value;
    }
}
