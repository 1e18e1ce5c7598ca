namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>The import command's arguments. The site address defaults to <c>Preparedness:PublicBaseUrl</c>.</summary>
internal sealed record ImportArguments(ImportKind Kind, string Path, string Governorate, Uri? Site, bool DryRun)
{
    public static ImportArguments? Parse(IReadOnlyList<string> args, IConfiguration configuration)
    {
        if (args.Count < 2 || ImportKinds.Parse(args[0]) is not { } kind) return null;
        string? governorate = null, site = configuration["Preparedness:PublicBaseUrl"];
        var dryRun = false;
        for (var i = 2; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--governorate" when i + 1 < args.Count: governorate = args[++i]; break;
                case "--site" when i + 1 < args.Count: site = args[++i]; break;
                case "--dry-run": dryRun = true; break;
                default: return null;
            }
        }

        Uri? address = null;
        if (site is { Length: > 0 } && (!Uri.TryCreate(site, UriKind.Absolute, out address) || address.Scheme is not ("https" or "http"))) return null;

        // Without an address there is no link to give a new user: users are then only previewed.
        return governorate is null || (kind == ImportKind.Users && address is null && !dryRun)
            ? null
            : new ImportArguments(kind, args[1], governorate, address ?? new Uri("http://localhost/"), dryRun);
    }
}
