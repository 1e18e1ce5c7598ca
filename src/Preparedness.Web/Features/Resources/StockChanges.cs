using System.Globalization;
using Preparedness.Web.Features.Accounts;
using Preparedness.Web.Features.Audit;

namespace Preparedness.Web.Features.Resources;

/// <summary>Applies a holder's numbers to an entry and says what changed, for the audit row.</summary>
internal static class StockChanges
{
    public static IReadOnlyList<FieldChange> Apply(ResourceEntry entry, StockInput input)
    {
        var changes = new List<FieldChange>();
        Set(changes, "QuantityHeld", entry.QuantityHeld, input.QuantityHeld, v => entry.QuantityHeld = v, entry.Id == 0);
        Set(changes, "QuantityWorking", entry.QuantityWorking, input.QuantityWorking, v => entry.QuantityWorking = v, entry.Id == 0);
        if (entry.Capacity != input.Capacity)
        {
            changes.Add(new FieldChange { Field = "Capacity", From = Text(entry.Capacity), To = Text(input.Capacity) });
            entry.Capacity = input.Capacity;
        }

        if (entry.Location != input.CleanLocation)
        {
            changes.Add(new FieldChange { Field = "Location", From = entry.Location, To = input.CleanLocation });
            entry.Location = input.CleanLocation;
        }

        return changes;
    }

    public static ResourceHistoryEntry History(ResourceEntry entry, Actor actor, DateTimeOffset at) => new()
    {
        ResourceEntryId = entry.Id, At = at, ById = actor.UserId, ByName = actor.Name, QuantityHeld = entry.QuantityHeld,
        QuantityWorking = entry.QuantityWorking, Capacity = entry.Capacity, Location = entry.Location,
    };

    private static void Set(List<FieldChange> changes, string field, int from, int to, Action<int> set, bool isNew)
    {
        if (from != to || isNew)
        {
            changes.Add(new FieldChange { Field = field, From = isNew ? null : Text(from), To = Text(to) });
            set(to);
        }
    }

    private static string? Text(int? value) => value?.ToString(CultureInfo.InvariantCulture);
}
