namespace Preparedness.Web.Features.Spreadsheets.Import.Tasks;

/// <summary>
/// The governorate's organisations, units and storms by code, read once for the whole file. The task form's
/// rule over them: the governorate's own; a deactivated one takes no new work, but a task already theirs keeps it.
/// </summary>
internal sealed class TaskPlaces(IReadOnlyList<TaskPlaces.Place> organisations, IReadOnlyList<TaskPlaces.Place> units, IReadOnlySet<string> storms)
{
    private readonly Dictionary<string, Place> organisationsByCode = organisations.ToDictionary(o => o.Code);
    private readonly Dictionary<int, string> organisationCodes = organisations.ToDictionary(o => o.Id, o => o.Code);
    private readonly Dictionary<string, Place> unitsByCode = units.ToDictionary(u => u.Code);
    private readonly Dictionary<int, string> unitCodes = units.ToDictionary(u => u.Id, u => u.Code);

    public sealed record Place(int Id, string Code, bool IsActive);

    public int? Organisation(string code, int? kept) => Assignable(organisationsByCode, code, kept);

    public int? Unit(string code, int? kept) => Assignable(unitsByCode, code, kept);

    public bool IsStorm(string code) => storms.Contains(code);

    public string OrganisationCode(int id) => organisationCodes.GetValueOrDefault(id, "");

    public string? UnitCode(int? id) => id is { } unit ? unitCodes.GetValueOrDefault(unit) : null;

    private static int? Assignable(Dictionary<string, Place> places, string code, int? kept) =>
        places.TryGetValue(code.ToLowerInvariant(), out var place) && (place.IsActive || place.Id == kept) ? place.Id : null;
}
