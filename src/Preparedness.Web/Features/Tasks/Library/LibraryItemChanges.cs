using System.Globalization;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Tasks.Library;

/// <summary>Copies a draft onto a new revision and lists what differs from the one before, for the audit.</summary>
internal static class LibraryItemChanges
{
    public static List<FieldChange> Apply(LibraryItem item, LibraryDraft d, LibraryItem? before)
    {
        var quantity = d.Measure == MeasureKind.Quantity;
        item.TitleAr = d.TitleAr.Trim();
        item.TitleEn = d.TitleEn.Trim();
        item.DescriptionAr = Blank(d.DescriptionAr);
        item.DescriptionEn = Blank(d.DescriptionEn);
        item.Category = d.Category;
        item.Priority = d.Priority;
        item.Measure = d.Measure;
        item.Target = quantity ? d.Target : null;
        item.UnitAr = quantity ? Blank(d.UnitAr) : null;
        item.UnitEn = quantity ? Blank(d.UnitEn) : null;
        item.OwnerKind = d.OwnerKind;
        item.LeadTimeDays = d.LeadTimeDays;
        item.Phase = d.Phase;
        return [.. Fields(item).Zip(before is null ? Fields(item).Select(_ => (Name: "", Value: (string?)null)) : Fields(before))
            .Where(p => p.First.Value != p.Second.Value)
            .Select(p => new FieldChange { Field = p.First.Name, From = p.Second.Value, To = p.First.Value })];
    }

    private static IEnumerable<(string Name, string? Value)> Fields(LibraryItem i) =>
    [
        (nameof(i.TitleAr), i.TitleAr), (nameof(i.TitleEn), i.TitleEn), (nameof(i.DescriptionAr), i.DescriptionAr),
        (nameof(i.DescriptionEn), i.DescriptionEn), (nameof(i.Category), $"{i.Category}"), (nameof(i.Priority), $"{i.Priority}"),
        (nameof(i.Measure), $"{i.Measure}"), (nameof(i.Target), i.Target?.ToString("0.##", CultureInfo.InvariantCulture)),
        (nameof(i.UnitAr), i.UnitAr), (nameof(i.UnitEn), i.UnitEn), (nameof(i.OwnerKind), $"{i.OwnerKind}"),
        (nameof(i.LeadTimeDays), i.LeadTimeDays.ToString(CultureInfo.InvariantCulture)), (nameof(i.Phase), $"{i.Phase}"),
    ];

    private static string? Blank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();
}
