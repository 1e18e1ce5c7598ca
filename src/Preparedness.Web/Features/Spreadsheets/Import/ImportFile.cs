namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>An uploaded file: its name (the extension says .xlsx or .csv) and its bytes.</summary>
public sealed record ImportFile(string Name, byte[] Content)
{
    /// <summary>A governorate's 4,000 tasks are about 1 MB as .xlsx; five times that is room, not a risk.</summary>
    public const long MaxBytes = 5 * 1024 * 1024;

    /// <summary>No single cell is longer than the longest text the app keeps (a task's description).</summary>
    public const int MaxCellLength = 4000;

    public static readonly string Accept = ".xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv";

    public string Extension => Path.GetExtension(Name).ToLowerInvariant();
}
