using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Preparedness.Web.Components.Shared;
using Preparedness.Web.Data;

namespace Preparedness.Web.Features.Audit;

/// <summary>The names behind the ids an audit row records (organisation 12 → its name), in both languages.</summary>
public sealed class AuditNames(
    IReadOnlyDictionary<int, (string Ar, string En)> organisations,
    IReadOnlyDictionary<int, (string Ar, string En)> units,
    IReadOnlyDictionary<int, (string Ar, string En)> governorates)
{
    public static readonly AuditNames None = new(new Dictionary<int, (string, string)>(), new Dictionary<int, (string, string)>(), new Dictionary<int, (string, string)>());

    /// <summary>A few thousand rows at national scale: read once per page or export.</summary>
    internal static async Task<AuditNames> LoadAsync(PreparednessDbContext db, CancellationToken ct) => new(
        await db.Organisations.AsNoTracking().ToDictionaryAsync(o => o.Id, o => (o.NameAr, o.NameEn), ct),
        await db.LocalUnits.AsNoTracking().ToDictionaryAsync(u => u.Id, u => (u.NameAr, u.NameEn), ct),
        await db.Governorates.AsNoTracking().ToDictionaryAsync(g => g.Id, g => (g.NameAr, g.NameEn), ct));

    public string? Organisation(string id) => Find(organisations, id);

    public string? Unit(string id) => Find(units, id);

    public string? Governorate(string id) => Find(governorates, id);

    private static string? Find(IReadOnlyDictionary<int, (string Ar, string En)> names, string id) =>
        int.TryParse(id, NumberStyles.Integer, CultureInfo.InvariantCulture, out var key) && names.TryGetValue(key, out var name)
            ? Display.Name(name.Ar, name.En)
            : null;
}
