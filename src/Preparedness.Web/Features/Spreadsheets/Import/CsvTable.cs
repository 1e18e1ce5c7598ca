using System.Text;
using CsvHelper;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// A CSV file as one table: UTF-8 with or without a byte-order mark (anything else is refused, not guessed),
/// comma-separated as the export writes it. A field the export defused (an apostrophe before a would-be
/// formula) is restored, and only that.
/// </summary>
internal static class CsvTable
{
    private static readonly Encoding StrictUtf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static SheetReader.RawTable Read(byte[] content)
    {
        using var reader = new StreamReader(new MemoryStream(content, writable: false), StrictUtf8, detectEncodingFromByteOrderMarks: true);
        // Every record counts as a row, empty ones too, so the numbers are the ones a spreadsheet shows.
        var options = new CsvReaderOptions { HasHeader = false, SkipEmptyLines = false, Separator = ',' };
        using var csv = CsvReader.Create(reader, options, false);
        var rows = new List<IReadOnlyList<string>>();
        var numbers = new List<int>();
        while (csv.Read())
        {
            if (rows.Count > TaskSheet.MaxRows + 1) throw new SheetReader.TooManyRowsException();
            rows.Add([.. Enumerable.Range(0, Math.Min(csv.FieldCount, SheetReader.MaxColumns)).Select(i => SheetCell.Restore(csv.GetString(i)).Trim())]);
            numbers.Add(checked((int)csv.RowNumber));
        }

        return new SheetReader.RawTable("", rows, FirstRow: 1, numbers);
    }
}
