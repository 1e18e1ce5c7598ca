using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Tasks;

/// <summary>One typed word, folded, with the governorate's organisations and local units whose names contain it.</summary>
internal sealed record SearchWord(string Folded, int[] OrganisationIds, int[] LocalUnitIds);

internal static class SearchWords
{
    public const int MaxLength = 200;
    public const int MaxWords = 8;

    /// <summary>
    /// Organisation and unit names are matched here, against the names as they are now, rather than
    /// copied into every task's search text: a renamed organisation or unit is found by its new name at
    /// once, with nothing to refresh. A governorate has tens of them, so folding them per search is cheap.
    /// </summary>
    public static async Task<IReadOnlyList<SearchWord>> ResolveAsync(PreparednessDbContext db, int governorateId, string? text, CancellationToken ct)
    {
        // Each word is matched against every task's text: thousands of pasted words would cost seconds.
        var words = SearchText.Fold(Security.UntrustedText.Clean(text, MaxLength)).Split(' ', StringSplitOptions.RemoveEmptyEntries).Distinct().Take(MaxWords).ToList();
        if (words.Count == 0)
        {
            return [];
        }

        var names = await db.Organisations.Where(o => o.GovernorateId == governorateId)
            .Select(o => new { IsUnit = false, o.Id, o.NameAr, o.NameEn })
            .Concat(db.LocalUnits.Where(u => u.GovernorateId == governorateId)
                .Select(u => new { IsUnit = true, u.Id, u.NameAr, u.NameEn }))
            .ToListAsync(ct);
        var folded = names.Select(n => (n.IsUnit, n.Id, Text: SearchText.Fold($"{n.NameAr} {n.NameEn}"))).ToList();

        int[] Matching(string word, bool units) =>
            [.. folded.Where(n => n.IsUnit == units && n.Text.Contains(word, StringComparison.Ordinal)).Select(n => n.Id)];

        return [.. words.Select(w => new SearchWord(w, Matching(w, units: false), Matching(w, units: true)))];
    }
}
