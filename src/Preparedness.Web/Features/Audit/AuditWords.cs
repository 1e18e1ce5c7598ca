using System.Globalization;
using Microsoft.Extensions.Localization;
using Preparedness.Web.Components.Shared;
using Preparedness.Web.Features.Localization;

namespace Preparedness.Web.Features.Audit;

/// <summary>
/// An audit row in the reader's language: "returned the task", "status: reported done → verified". Actions,
/// entity types and fields come from <see cref="AuditStrings"/>; stored values are invariant codes, shown as the
/// app's own words for them (statuses, priorities, roles, kinds from the shared strings) or as names (ids).
/// A code without words — an action another feature added later — is shown as it is, never hidden.
/// </summary>
internal sealed class AuditWords(IStringLocalizer<AuditStrings> a, IStringLocalizer<Strings> s)
{
    public string Action(string code) => Find(a, "Action." + code) ?? code;

    /// <summary>A column of the trail's table, where the filter's longer label would not fit.</summary>
    public string Column(string name) => Find(a, "Column." + name) ?? name;

    public string Entity(string type, string? id) => $"{Find(a, "Entity." + type) ?? type} {id}".Trim();

    public string Change(FieldChange change, string entityType, AuditNames names)
    {
        var arrow = Cultures.IsArabic ? "←" : "→";
        return $"{Find(a, "Field." + change.Field) ?? change.Field}: {Value(change.Field, entityType, change.From, names)} {arrow} {Value(change.Field, entityType, change.To, names)}";
    }

    public string Changes(IEnumerable<FieldChange> changes, string entityType, AuditNames names) =>
        string.Join("; ", changes.Select(c => Change(c, entityType, names)));

    private string Value(string field, string entityType, string? value, AuditNames names)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "—";
        }

        var words = field switch
        {
            "Status" or "Priority" or "Category" or "Measure" or "Role" => Find(s, $"{field}.{value}"),
            "Kind" => Find(s, entityType == "unit" ? $"Structure.UnitKind.{value}" : $"Structure.OrganisationKind.{value}"),
            "IsActive" or "TwoFactorEnabled" => Find(a, "Value." + value),
            "OrganisationId" => names.Organisation(value),
            "LocalUnitId" or "ParentId" => names.Unit(value),
            "GovernorateId" => names.Governorate(value),
            "DueOn" when DateOnly.TryParse(value, CultureInfo.InvariantCulture, out var day) => Display.Date(day),
            "Achieved" or "Target" when decimal.TryParse(value, NumberStyles.Number, CultureInfo.InvariantCulture, out var n) => Display.Number(n),
            _ => null,
        };
        return words ?? value;
    }

    private static string? Find(IStringLocalizer localizer, string key) => localizer[key] is { ResourceNotFound: false } found ? found.Value : null;
}
