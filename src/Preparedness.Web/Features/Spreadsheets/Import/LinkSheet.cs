using MiniExcelLibs;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>The new users' links the importer must pass on (those not emailed), as an .xlsx built once, in memory.</summary>
internal static class LinkSheet
{
    public static async Task<byte[]> WriteAsync(IReadOnlyList<PasswordLinkRow> links, CancellationToken ct)
    {
        var rows = links.Where(l => !l.Sent).Select(l => new Dictionary<string, object?> { ["email"] = l.Email, ["set_password_link"] = l.Url }).ToList();
        using var file = new MemoryStream();
        await MiniExcel.SaveAsAsync(file, rows, sheetName: "links", cancellationToken: ct);
        return file.ToArray();
    }
}
