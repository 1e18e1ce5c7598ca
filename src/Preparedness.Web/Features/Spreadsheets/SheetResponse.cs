using Microsoft.Extensions.Localization;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Spreadsheets;

/// <summary>
/// Sends sheets as a download: every sheet in one .xlsx, or one sheet as CSV — the one named by
/// "?kind=" (e.g. <c>structure.csv?kind=organisations</c>), else the first.
/// </summary>
internal static class SheetResponse
{
    public static async Task WriteAsync(
        HttpContext http, string format, string fileName, IReadOnlyList<SheetData> sheets, IStringLocalizer<Strings> strings, CancellationToken ct)
    {
        var today = CairoTime.Today(http.RequestServices.GetRequiredService<TimeProvider>()).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        switch (format)
        {
            case "xlsx":
                await using (var file = await SheetWriter.WriteXlsxAsync(sheets, strings, ct))
                {
                    Start(http, SheetWriter.XlsxContentType, $"{fileName}-{today}.xlsx");
                    http.Response.ContentLength = file.Length;
                    await file.CopyToAsync(http.Response.Body, ct);
                }

                break;
            case "csv":
                var sheet = sheets.FirstOrDefault(s => s.Name == http.Request.Query["kind"]) ?? sheets[0];
                var name = sheets.Count > 1 ? $"{fileName}-{sheet.Name}" : fileName;
                Start(http, SheetWriter.CsvContentType, $"{name}-{today}.csv");
                await SheetWriter.WriteCsvAsync(http.Response.Body, sheet, ct);
                break;
            default:
                http.Response.StatusCode = StatusCodes.Status404NotFound;
                break;
        }
    }

    private static void Start(HttpContext http, string contentType, string fileName)
    {
        http.Response.ContentType = contentType;
        http.Response.Headers.ContentDisposition = $"attachment; filename=\"{fileName}\"";
    }
}
