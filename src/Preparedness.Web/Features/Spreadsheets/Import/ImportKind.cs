namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>What a file brings in; the names are the CLI's and the page's (<c>import structure|users|tasks</c>).</summary>
public enum ImportKind
{
    Structure,
    Users,
    Tasks,
}

internal static class ImportKinds
{
    public static ImportKind? Parse(string? name) =>
        Enum.GetValues<ImportKind>().Select(k => (ImportKind?)k).FirstOrDefault(k => string.Equals(k.ToString(), name, StringComparison.OrdinalIgnoreCase));

    public static string Name(this ImportKind kind) => kind.ToString().ToLowerInvariant();
}
