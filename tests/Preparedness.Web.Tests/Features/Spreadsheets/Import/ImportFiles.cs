using System.Text;
using MiniExcelLibs;
using Preparedness.Web.Features.Spreadsheets.Import;

namespace Preparedness.Web.Tests.Features.Spreadsheets.Import;

/// <summary>Sheets built in the test: CSV lines (UTF-8 with a byte-order mark) or an .xlsx of named sheets.</summary>
internal static class ImportFiles
{
    public static ImportFile Csv(params string[] lines) =>
        new("sheet.csv", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(string.Join("\r\n", lines) + "\r\n")]);

    /// <param name="sheets">Each sheet's rows; the first row holds the keys.</param>
    public static ImportFile Xlsx(params (string Name, string[][] Rows)[] sheets)
    {
        var workbook = new Dictionary<string, object>();
        foreach (var (name, rows) in sheets)
        {
            workbook[name] = rows.Select(row => row.Select((cell, i) => (Key: $"c{i}", Cell: cell)).ToDictionary(c => c.Key, c => (object?)c.Cell)).ToList();
        }

        using var file = new MemoryStream();
        file.SaveAs(workbook, printHeader: false);
        return new ImportFile("sheet.xlsx", file.ToArray());
    }
}
