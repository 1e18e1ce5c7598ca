using Preparedness.Web.Features.Tasks;

namespace Preparedness.Web.Features.Dashboard;

/// <summary>
/// A part of a governorate's figures: one local unit's tasks or one organisation's (the readiness report of
/// a unit or an organisation). The same grouped query runs over fewer tasks, so every figure keeps its rule.
/// </summary>
public sealed record FigureScope(int? LocalUnitId, int? OrganisationId)
{
    public static FigureScope Unit(int id) => new(id, null);

    public static FigureScope Organisation(int id) => new(null, id);
}

internal static class FigureScopeQueries
{
    public static IQueryable<ReadinessTask> Within(this IQueryable<ReadinessTask> tasks, FigureScope? scope) => scope switch
    {
        { LocalUnitId: { } unit } => tasks.Where(t => t.LocalUnitId == unit),
        { OrganisationId: { } organisation } => tasks.Where(t => t.OrganisationId == organisation),
        _ => tasks,
    };
}
