using MiniExcelLibs;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// Reads an uploaded .xlsx (every sheet, MiniExcel) or .csv (one table, CsvHelper) into tables of text cells,
/// bounded: the file's size, the rows (<see cref="TaskSheet.MaxRows"/>), the columns and every cell's length.
/// What cannot be read is an error for the whole file, never an exception.
/// </summary>
internal static class SheetReader
{
    public const int MaxColumns = 40;

    public static (IReadOnlyList<ImportTable> Tables, IReadOnlyList<ImportError> Errors) Read(ImportFile file, SheetTitles titles)
    {
        if (file.Content.Length == 0) return ([], [FileError("Import.FileEmpty")]);
        if (file.Content.Length > ImportFile.MaxBytes) return ([], [FileError("Import.FileTooLarge")]);
        try
        {
            var raw = file.Extension switch
            {
                ".xlsx" => ReadXlsx(file.Content),
                ".csv" => [CsvTable.Read(file.Content)],
                _ => null,
            };
            return raw is null ? ([], [FileError("Import.FileType")]) : Tables(raw, titles, file.Extension == ".xlsx");
        }
        catch (TooManyRowsException)
        {
            return ([], [FileError("Import.TooManyRows")]);
        }
        catch (System.Text.DecoderFallbackException)
        {
            return ([], [FileError("Import.NotUtf8")]);
        }
        catch (Exception e) when (e is InvalidDataException or InvalidOperationException or FormatException or IOException
            or System.Xml.XmlException or CsvHelper.CsvFormatException or NotSupportedException or ArgumentException or KeyNotFoundException)
        {
            return ([], [FileError("Import.Unreadable")]);
        }
    }

    public static ImportError FileError(string message) => new("", 0, "", message);

    private static List<RawTable> ReadXlsx(byte[] content)
    {
        using var stream = new MemoryStream(content, writable: false);
        var tables = new List<RawTable>();
        foreach (var sheet in stream.GetSheetNames())
        {
            stream.Position = 0;
            var rows = new List<IReadOnlyList<string>>();
            foreach (IDictionary<string, object?> row in stream.Query(useHeaderRow: false, sheetName: sheet))
            {
                // Row 1 the keys, then at most MaxRows data rows and the title row.
                if (rows.Count > TaskSheet.MaxRows + 1) throw new TooManyRowsException();
                rows.Add([.. row.Values.Take(MaxColumns).Select(CellText.Of)]);
            }

            tables.Add(new RawTable(sheet, rows, FirstRow: 1));
        }

        return tables;
    }

    private static (IReadOnlyList<ImportTable>, IReadOnlyList<ImportError>) Tables(IEnumerable<RawTable> raw, SheetTitles titles, bool xlsx)
    {
        var tables = new List<ImportTable>();
        var errors = new List<ImportError>();
        foreach (var table in raw.Where(t => t.Rows.Count > 0))
        {
            var keys = table.Rows[0].Select(k => k.Trim().ToLowerInvariant()).ToList();
            foreach (var duplicate in keys.Where(k => k.Length > 0).GroupBy(k => k).Where(g => g.Count() > 1))
            {
                errors.Add(new ImportError(table.Sheet, table.FirstRow, duplicate.Key, "Import.ColumnTwice"));
            }

            var rows = new List<ImportRow>();
            for (var i = 1; i < table.Rows.Count; i++)
            {
                var number = table.RowNumbers?[i] ?? table.FirstRow + i;
                var cells = new Dictionary<string, string>();
                for (var c = 0; c < keys.Count && c < table.Rows[i].Count; c++)
                {
                    if (keys[c].Length == 0) continue;
                    var text = table.Rows[i][c];
                    if (text.Length > ImportFile.MaxCellLength) errors.Add(new ImportError(table.Sheet, number, keys[c], "Import.CellTooLong"));
                    cells[keys[c]] = text.Length > ImportFile.MaxCellLength ? "" : text;
                }

                var row = new ImportRow(number, cells);
                if (row.IsEmpty || (xlsx && i == 1 && titles.IsTitleRow(row))) continue;
                rows.Add(row);
            }

            tables.Add(new ImportTable(table.Sheet, [.. keys.Where(k => k.Length > 0)], rows));
        }

        return (tables, errors);
    }

    internal sealed record RawTable(string Sheet, IReadOnlyList<IReadOnlyList<string>> Rows, int FirstRow, IReadOnlyList<int>? RowNumbers = null);

    internal sealed class TooManyRowsException : Exception;
}
