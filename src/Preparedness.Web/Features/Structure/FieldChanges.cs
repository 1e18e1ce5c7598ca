using System.Globalization;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Structure;

/// <summary>The audit row's old → new values: only the fields that really changed.</summary>
internal sealed class FieldChanges : List<FieldChange>
{
    public FieldChanges Compare(string field, object? from, object? to)
    {
        if (!Equals(from, to))
        {
            Add(new FieldChange { Field = field, From = Text(from), To = Text(to) });
        }

        return this;
    }

    private static string? Text(object? value) => Convert.ToString(value, CultureInfo.InvariantCulture);
}
