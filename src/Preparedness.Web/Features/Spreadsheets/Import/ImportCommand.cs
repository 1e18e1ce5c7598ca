using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;
using Preparedness.Web.Features.Accounts;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// <c>dotnet Preparedness.Web.dll import &lt;structure|users|tasks&gt; &lt;file&gt; --governorate &lt;code&gt; [--site &lt;address&gt;] [--dry-run]</c>:
/// the page's <see cref="ImportService"/>, run as the installation (an administrator), printing the preview, the
/// errors (in English) and, for users, the set-password links.
/// </summary>
internal static class ImportCommand
{
    public const string Command = "import";

    public const string Usage =
        "Usage: dotnet Preparedness.Web.dll import <structure|users|tasks> <file.xlsx|file.csv> --governorate <code> [--site <https://address/>] [--dry-run]";

    /// <summary>Who the audit trail says imported.</summary>
    public static readonly Actor Installation = new("installation", "Installation (import)", Roles.Administrator, null, null);

    /// <returns>0 imported (or nothing to do), 1 the file has errors (nothing written), 2 bad arguments.</returns>
    public static async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> args, TextWriter output, CancellationToken ct = default)
    {
        var options = ImportArguments.Parse(args, services.GetRequiredService<IConfiguration>());
        if (options is null || !File.Exists(options.Path))
        {
            await output.WriteLineAsync(options is null ? Usage : $"No such file: {options.Path}");
            return 2;
        }

        if (new FileInfo(options.Path).Length > ImportFile.MaxBytes)
        {
            await output.WriteLineAsync("The file is larger than 5 MB.");
            return 1;
        }

        var file = new ImportFile(Path.GetFileName(options.Path), await File.ReadAllBytesAsync(options.Path, ct));
        await using var db = await services.GetRequiredService<IDbContextFactory<PreparednessDbContext>>().CreateDbContextAsync(ct);
        var code = options.Governorate.ToLowerInvariant();
        var governorateId = await db.Governorates.Where(g => g.Code == code).Select(g => (int?)g.Id).SingleOrDefaultAsync(ct);
        if (governorateId is null)
        {
            await output.WriteLineAsync($"No governorate with the code \"{options.Governorate}\".");
            return 2;
        }

        var service = services.GetRequiredService<ImportService>();
        var preview = options.DryRun
            ? await service.PreviewAsync(Installation, options.Kind, governorateId.Value, file, ct)
            : await service.ApplyAsync(Installation, options.Kind, governorateId.Value, file, options.Site!, ct);
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("en");
        try
        {
            await ImportReport.WriteAsync(output, preview, services.GetRequiredService<ImportMessages>(), options.DryRun);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        return preview.IsValid ? 0 : 1;
    }
}
