namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// One bad cell (or row, or file): the sheet, the row number as the spreadsheet shows it (0: the whole file),
/// the column key, and the message as a resource key (<see cref="ImportMessages"/> finds its text).
/// </summary>
public sealed record ImportError(string Sheet, int Row, string Column, string Message);
