using Microsoft.EntityFrameworkCore;

namespace Preparedness.Web.Features.Tasks;

internal static class TaskQueryExtensions
{
    /// <summary>Every filter but the free text, which needs the governorate's names first (<see cref="Matching"/>).</summary>
    public static IQueryable<ReadinessTask> Apply(this IQueryable<ReadinessTask> query, TaskFilter filter, ReadinessScore.Moment m)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }

        if (filter.OpenOnly)
        {
            query = query.Where(t => t.Status != TaskStatus.ReportedDone && t.Status != TaskStatus.Verified);
        }

        // A partner's list is its own organisation's whatever else the filter asks (TaskScope).
        if (filter.OwnOrganisationId is { } own)
        {
            query = query.Where(t => t.OrganisationId == own);
        }

        if (filter.OrganisationId is { } organisationId)
        {
            query = query.Where(t => t.OrganisationId == organisationId);
        }

        if (filter.LocalUnitId is { } unitId)
        {
            query = query.Where(t => t.LocalUnitId == unitId);
        }

        if (filter.Category is { } category)
        {
            query = query.Where(t => t.Category == category);
        }

        if (filter.Priority is { } priority)
        {
            query = query.Where(t => t.Priority == priority);
        }

        // The flags reuse the score's own definitions so a figure and the list behind it always agree.
        if (filter.Overdue)
        {
            query = query.Assess(m).Where(a => a.Overdue).Select(a => a.Task);
        }

        if (filter.AtRisk)
        {
            query = query.Assess(m).Where(a => a.AtRisk).Select(a => a.Task);
        }

        if (filter.Stale)
        {
            query = query.Assess(m).Where(a => a.Stale).Select(a => a.Task);
        }

        if (filter.StormCode is { } stormCode)
        {
            query = query.Where(t => t.StormCode == stormCode);
        }

        return query;
    }

    /// <summary>
    /// Every word must match the task's own text, its organisation's names or its unit's names. A word
    /// that names no organisation or unit keeps the plain condition, which the trigram index serves alone.
    /// The id tests come first: PostgreSQL evaluates OR left to right, and a task of a matching
    /// organisation or unit then skips the costly LIKE over its long folded text.
    /// </summary>
    public static IQueryable<ReadinessTask> Matching(this IQueryable<ReadinessTask> query, IReadOnlyList<SearchWord> words)
    {
        foreach (var word in words)
        {
            var pattern = "%" + EscapeLike(word.Folded) + "%";
            var organisations = word.OrganisationIds;
            var units = word.LocalUnitIds;
            query = (organisations.Length, units.Length) switch
            {
                (0, 0) => query.Where(t => EF.Functions.Like(t.SearchText, pattern)),
                (_, 0) => query.Where(t => organisations.Contains(t.OrganisationId) || EF.Functions.Like(t.SearchText, pattern)),
                (0, _) => query.Where(t => (t.LocalUnitId != null && units.Contains(t.LocalUnitId.Value))
                    || EF.Functions.Like(t.SearchText, pattern)),
                _ => query.Where(t => organisations.Contains(t.OrganisationId)
                    || (t.LocalUnitId != null && units.Contains(t.LocalUnitId.Value))
                    || EF.Functions.Like(t.SearchText, pattern)),
            };
        }

        return query;
    }

    public static IQueryable<ReadinessTask> Sort(this IQueryable<ReadinessTask> query, TaskPageRequest request) =>
        (request.Sort, request.Descending) switch
        {
            (TaskSort.Priority, false) => query.OrderBy(t => t.Priority).ThenBy(t => t.DueOn).ThenBy(t => t.Id),
            (TaskSort.Priority, true) => query.OrderByDescending(t => t.Priority).ThenBy(t => t.DueOn).ThenBy(t => t.Id),
            (TaskSort.Status, false) => query.OrderBy(t => t.Status).ThenBy(t => t.DueOn).ThenBy(t => t.Id),
            (TaskSort.Status, true) => query.OrderByDescending(t => t.Status).ThenBy(t => t.DueOn).ThenBy(t => t.Id),
            (TaskSort.LastUpdated, false) => query.OrderBy(t => t.LastUpdatedAt).ThenBy(t => t.Id),
            (TaskSort.LastUpdated, true) => query.OrderByDescending(t => t.LastUpdatedAt).ThenBy(t => t.Id),
            (TaskSort.Title, false) => query.OrderBy(t => t.TitleAr).ThenBy(t => t.Id),
            (TaskSort.Title, true) => query.OrderByDescending(t => t.TitleAr).ThenBy(t => t.Id),
            (_, true) => query.OrderByDescending(t => t.DueOn).ThenByDescending(t => t.Id),
            _ => query.OrderBy(t => t.DueOn).ThenBy(t => t.Id),
        };

    public static IQueryable<TaskRow> ToRows(this IQueryable<ReadinessTask> query, ReadinessScore.Moment m) =>
        query.Assess(m).Select(a => new TaskRow(
            a.Task.Id,
            a.Task.TitleAr,
            a.Task.TitleEn,
            a.Task.OrganisationId,
            a.Task.Organisation!.NameAr,
            a.Task.Organisation.NameEn,
            a.Task.LocalUnitId,
            a.Task.LocalUnit == null ? null : a.Task.LocalUnit.NameAr,
            a.Task.LocalUnit == null ? null : a.Task.LocalUnit.NameEn,
            a.Task.Category,
            a.Task.Priority,
            a.Task.DueOn,
            a.Task.Status,
            a.Task.Measure,
            a.Task.Target,
            a.Task.Achieved,
            a.Task.UnitAr,
            a.Task.UnitEn,
            a.Task.LastUpdatedAt,
            a.Task.LastUpdatedByName,
            a.Overdue,
            a.Stale,
            a.Task.StormCode));

    private static string EscapeLike(string word) =>
        word.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
