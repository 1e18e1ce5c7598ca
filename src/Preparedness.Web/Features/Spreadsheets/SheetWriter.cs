using CsvHelper;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using MiniExcelLibs.OpenXml;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Spreadsheets;

/// <summary>Writes sheets as .xlsx (MiniExcel) or CSV (CsvHelper), both laid out as <see cref="TaskSheet"/> describes.</summary>
internal static class SheetWriter
{
    public const string XlsxContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public const string CsvContentType = "text/csv; charset=utf-8";

    /// <summary>
    /// CSV is streamed row by row, UTF-8 with a byte-order mark (without it Excel reads Arabic as mojibake).
    /// The first row holds the keys only, so the file has one header row for any program that reads it.
    /// </summary>
    public static async Task WriteCsvAsync(Stream output, SheetData sheet, CancellationToken ct)
    {
        // Defused by SheetCell, not by the writer, so the import can undo exactly what was done.
        var options = new CsvWriterOptions { WriteByteOrderMark = true, Injection = CsvInjection.None };
        await using var csv = CsvWriter.Create(output, options, true);
        await csv.WriteRecordAsync([.. sheet.Keys], ct);
        await foreach (var row in sheet.Rows.WithCancellation(ct))
        {
            await csv.WriteRecordAsync([.. row.Select(SheetCell.Csv)], ct);
        }

        await csv.FlushAsync(ct);
    }

    /// <summary>
    /// The workbook is built in memory (a zip is written synchronously, which the response body refuses),
    /// then copied out. Row 1: the keys; row 2: the titles in the reader's language; both frozen.
    /// Right to left when the reader reads Arabic.
    /// </summary>
    public static async Task<MemoryStream> WriteXlsxAsync(IReadOnlyList<SheetData> sheets, IStringLocalizer<Strings> strings, CancellationToken ct)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var sheet in sheets)
        {
            var rows = new List<IDictionary<string, object?>> { Row(sheet.Keys, sheet.TitleKeys.Select(k => (object?)strings[k].Value)) };
            await foreach (var row in sheet.Rows.WithCancellation(ct))
            {
                rows.Add(Row(sheet.Keys, row.Select(SheetCell.Xlsx)));
            }

            workbook[sheet.Name] = rows;
        }

        var configuration = new OpenXmlConfiguration { RightToLeft = Cultures.IsArabic, FreezeRowCount = 2, EnableAutoWidth = false };
        var file = new MemoryStream();
        await MiniExcel.SaveAsAsync(file, workbook, printHeader: true, excelType: ExcelType.XLSX, configuration: configuration, cancellationToken: ct);
        file.Position = 0;
        return file;
    }

    private static Dictionary<string, object?> Row(IReadOnlyList<string> keys, IEnumerable<object?> values)
    {
        var row = new Dictionary<string, object?>(keys.Count);
        foreach (var (key, value) in keys.Zip(values))
        {
            row[key] = value;
        }

        return row;
    }
}
