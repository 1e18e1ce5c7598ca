using Microsoft.EntityFrameworkCore;

namespace Preparedness.Web.Features.Tasks;

internal static class TaskQueryExtensions
{
    public static IQueryable<ReadinessTask> Apply(this IQueryable<ReadinessTask> query, TaskFilter filter, ReadinessScore.Moment m)
    {
        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
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

        foreach (var word in SearchText.Fold(filter.Text).Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var pattern = "%" + EscapeLike(word) + "%";
            query = query.Where(t => EF.Functions.Like(t.SearchText, pattern));
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
