using System.Globalization;
using Microsoft.Extensions.Localization;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Spreadsheets.Import;

/// <summary>
/// The column titles the export writes in row 2 of an .xlsx, in Arabic and English: a row 2 made only of
/// them is that title row and is skipped, whichever language exported the file.
/// </summary>
internal sealed class SheetTitles(IStringLocalizer<Strings> strings)
{
    private readonly Lazy<ILookup<string, string>> titles = new(() => Load(strings));

    public bool IsTitleRow(ImportRow row) =>
        row.Cells.Any(c => c.Value.Length > 0)
        && row.Cells.All(c => c.Value.Length == 0 || titles.Value[c.Key].Contains(c.Value, StringComparer.OrdinalIgnoreCase));

    private static ILookup<string, string> Load(IStringLocalizer<Strings> strings)
    {
        var previous = CultureInfo.CurrentUICulture;
        var all = new List<(string Key, string Title)>();
        try
        {
            foreach (var culture in new[] { "ar-EG", "en" })
            {
                CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo(culture);
                all.AddRange(strings.GetAllStrings(includeParentCultures: true)
                    .Where(s => s.Name.StartsWith("Sheet.", StringComparison.Ordinal))
                    .Select(s => (s.Name["Sheet.".Length..], s.Value)));
            }
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }

        return all.ToLookup(t => t.Key, t => t.Title);
    }
}
